package org.fusabi.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The comparison as results.json: the environment, then per section every program × runtime with its raw samples, and the ratios. */
final class JsonReport {
    private JsonReport() {
    }

    static String render(Environment env, Plan plan, List<Section> sections) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("environment").beginObject()
                .name("jdk").value(env.jdk())
                .name("os").value(env.os())
                .name("cpu").value(env.cpu())
                .name("versions").beginObject();
        env.versions().forEach((name, version) -> json.name(name).value(version));
        json.endObject().endObject();
        json.name("warmup").value(plan.warmup()).name("iterations").value(plan.iterations());
        for (Section section : sections) {
            json.name(section.key()).beginObject();
            section(json, section.results());
            json.endObject();
        }
        return json.endObject().toString();
    }

    private static void section(JsonWriter json, Results results) {
        json.name("results").beginArray();
        for (Result result : results.all()) {
            json.beginObject()
                    .name("program").value(result.program())
                    .name("runtime").value(result.engine())
                    .name("status").value(result.status().name().toLowerCase(Locale.ROOT));
            if (result.status() == Result.Status.OK) {
                Measurement m = result.measurement();
                json.name("median_ms").value(m.medianMs()).name("min_ms").value(m.minMs()).name("max_ms").value(m.maxMs());
                json.name("samples_ms").beginArray();
                for (double sample : m.samplesMs()) {
                    json.value(sample);
                }
                json.endArray();
                if (m.peakKb() != null) {
                    json.name("median_peak_rss_mb").value(m.medianPeakMb().orElseThrow());
                    json.name("peak_rss_kb").beginArray();
                    for (long kb : m.peakKb()) {
                        json.value(kb);
                    }
                    json.endArray();
                }
            } else {
                json.name("message").value(result.message());
            }
            json.endObject();
        }
        json.endArray();
        json.name("ratios").beginArray();
        for (String program : results.programs()) {
            for (Engines.Baseline baseline : results.baselines()) {
                json.beginObject().name("program").value(program)
                        .name("numerator").value(Engines.FUSABI).name("denominator").value(baseline.engine()).name("ratio");
                OptionalDouble value = results.ratio(program, Engines.FUSABI, baseline.engine());
                if (value.isPresent()) {
                    json.value(value.getAsDouble());
                } else {
                    json.nullValue();
                }
                json.endObject();
            }
        }
        json.endArray();
    }
}
