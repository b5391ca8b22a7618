package org.fusabi.embed.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/** Registers Fusabi with {@code javax.script}: by name "fusabi", by extension "fsx" (META-INF/services). */
public final class FusabiScriptEngineFactory implements ScriptEngineFactory {
    static final String VERSION = "0.1";

    @Override
    public String getEngineName() {
        return "Fusabi";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("fsx");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-fusabi");
    }

    @Override
    public List<String> getNames() {
        return List.of("fusabi", "Fusabi");
    }

    @Override
    public String getLanguageName() {
        return "Fusabi";
    }

    @Override
    public String getLanguageVersion() {
        return VERSION;
    }

    /** THREADING is null: an engine is used by one thread at a time (make one engine per thread). */
    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> "fusabi";
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null;
        };
    }

    /** Fusabi values have no methods; the closest form is a function applied to the value and the arguments. */
    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return m + " " + obj + (args.length == 0 ? "" : " " + String.join(" ", args));
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "printf \"%s\" \"" + toDisplay.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements);
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new FusabiScriptEngine(this);
    }
}
