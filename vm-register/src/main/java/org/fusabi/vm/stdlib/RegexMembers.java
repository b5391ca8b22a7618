package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;

/**
 * .NET's {@code System.Text.RegularExpressions}: {@code Regex} (static and instance IsMatch, Match, Matches,
 * Replace with .NET's {@code $1 ${name} $$ $&} substitutions or a function of the match, Split with the captured
 * groups kept, Escape), {@code Match}, {@code Group}, their collections and {@code RegexOptions}. Patterns run on
 * Java's engine, whose syntax agrees with .NET's for what scripts write (classes, quantifiers, anchors, named groups,
 * lookaround).
 */
final class RegexMembers {
    private RegexMembers() {}

    static void install(Library lib) {
        lib.define("Regex.new", "string -> Regex", a -> compile((String) a[0], 0));
        lib.define("Regex.new~options", "string -> RegexOptions -> Regex", a -> compile((String) a[0], options(a[1])));
        for (String suffix : List.of("", "~options")) {
            String withOptions = suffix.isEmpty() ? "" : " -> RegexOptions";
            lib.define("Regex.IsMatch" + suffix, "string -> string" + withOptions + " -> bool", a -> pattern(a).matcher((String) a[0]).find());
            lib.define("Regex.Match" + suffix, "string -> string" + withOptions + " -> Match", a -> RegexMatch.find(pattern(a), (String) a[0], 0));
            lib.define("Regex.Matches" + suffix, "string -> string" + withOptions + " -> MatchCollection",
                    a -> new RegexMatch.Matches(RegexMatch.all(pattern(a), (String) a[0])));
            lib.define("Regex.Split" + suffix, "string -> string" + withOptions + " -> string[]", a -> split(pattern(a), (String) a[0]));
        }
        lib.define("Regex.Replace", "string -> string -> string -> string",
                a -> replace(compile((String) a[1], 0), (String) a[0], m -> substitute((String) a[2], m)));
        lib.define("Regex.Replace~options", "string -> string -> string -> RegexOptions -> string",
                a -> replace(compile((String) a[1], options(a[3])), (String) a[0], m -> substitute((String) a[2], m)));
        lib.define("Regex.Replace~evaluator", "string -> string -> (Match -> string) -> string",
                (vm, a) -> replace(compile((String) a[1], 0), (String) a[0], m -> evaluate(vm, a[2], m)));
        lib.define("Regex.Escape", "string -> string", a -> escape((String) a[0]));
        lib.define("Regex#IsMatch", "Regex -> string -> bool", a -> regex(a[0]).matcher((String) a[1]).find());
        lib.define("Regex#Match", "Regex -> string -> Match", a -> RegexMatch.find(regex(a[0]), (String) a[1], 0));
        lib.define("Regex#Matches", "Regex -> string -> MatchCollection", a -> new RegexMatch.Matches(RegexMatch.all(regex(a[0]), (String) a[1])));
        lib.define("Regex#Split", "Regex -> string -> string[]", a -> split(regex(a[0]), (String) a[1]));
        lib.define("Regex#Replace", "Regex -> string -> string -> string", a -> replace(regex(a[0]), (String) a[1], m -> substitute((String) a[2], m)));
        lib.define("Regex#Replace~evaluator", "Regex -> string -> (Match -> string) -> string",
                (vm, a) -> replace(regex(a[0]), (String) a[1], m -> evaluate(vm, a[2], m)));
        lib.define("Regex#ToString", "Regex -> unit -> string", a -> regex(a[0]).pattern());
        lib.define("Match#Success", "Match -> bool", a -> match(a[0]).success());
        lib.define("Match#Value", "Match -> string", a -> match(a[0]).group(0).value());
        lib.define("Match#Index", "Match -> int", a -> match(a[0]).group(0).index());
        lib.define("Match#Length", "Match -> int", a -> (long) match(a[0]).group(0).value().length());
        lib.define("Match#Groups", "Match -> GroupCollection", a -> new RegexMatch.Groups(match(a[0])));
        lib.define("Match#NextMatch", "Match -> unit -> Match", a -> match(a[0]).next());
        lib.define("Match#ToString", "Match -> unit -> string", a -> match(a[0]).toString());
        lib.define("Group#Success", "Group -> bool", a -> group(a[0]).success());
        lib.define("Group#Value", "Group -> string", a -> group(a[0]).value());
        lib.define("Group#Index", "Group -> int", a -> group(a[0]).index());
        lib.define("Group#Length", "Group -> int", a -> (long) group(a[0]).value().length());
        lib.define("Group#ToString", "Group -> unit -> string", a -> group(a[0]).value());
        // Indexed by a group's number or name: one native, as the checker picks an indexer by its name alone.
        lib.define("GroupCollection#get_Item", "GroupCollection -> 'a -> Group", a -> ((RegexMatch.Groups) a[0]).match().groupAt(a[1]));
        lib.define("GroupCollection#Count", "GroupCollection -> int", a -> (long) ((RegexMatch.Groups) a[0]).match().groupCount());
        lib.define("MatchCollection#get_Item", "MatchCollection -> int -> Match", a -> ((RegexMatch.Matches) a[0]).get((Long) a[1]));
        lib.define("MatchCollection#Count", "MatchCollection -> int", a -> (long) ((RegexMatch.Matches) a[0]).items().size());
        for (Option o : Option.values()) lib.define("RegexOptions.get_" + o.name(), "unit -> RegexOptions", a -> (long) o.flag);
        lib.define("RegexOptions.op_BitwiseOr", "RegexOptions -> RegexOptions -> RegexOptions", a -> (Long) a[0] | (Long) a[1]);
    }

    /** RegexOptions as .NET numbers them; the value of one is its .NET flag. */
    private enum Option {
        None(0), IgnoreCase(1), Multiline(2), ExplicitCapture(4), Compiled(8), Singleline(16), IgnorePatternWhitespace(32),
        CultureInvariant(512);

        final int flag;

        Option(int flag) {
            this.flag = flag;
        }
    }

    private static int options(Object flags) {
        long f = (Long) flags;
        int java = 0;
        if ((f & Option.IgnoreCase.flag) != 0) java |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if ((f & Option.Multiline.flag) != 0) java |= Pattern.MULTILINE;
        if ((f & Option.Singleline.flag) != 0) java |= Pattern.DOTALL;
        if ((f & Option.IgnorePatternWhitespace.flag) != 0) java |= Pattern.COMMENTS;
        return java;
    }

    /** The pattern of a static call: its second argument, with the options after the input and pattern if given. */
    private static Pattern pattern(Object[] a) {
        return compile((String) a[1], a.length > 2 ? options(a[2]) : 0);
    }

    private static Pattern compile(String pattern, int flags) {
        try {
            return Pattern.compile(pattern, flags);
        } catch (PatternSyntaxException e) {
            throw NetErrors.argument("Invalid pattern '" + pattern + "' at offset " + (e.getIndex() + 1) + ". " + e.getDescription() + ".", null);
        }
    }

    private static String replace(Pattern p, String input, java.util.function.Function<RegexMatch, String> replacement) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (RegexMatch m : RegexMatch.all(p, input)) {
            RegexMatch.Group whole = m.group(0);
            out.append(input, copied, (int) whole.index()).append(replacement.apply(m));
            copied = (int) whole.index() + whole.value().length();
        }
        return out.append(input, copied, input.length()).toString();
    }

    private static String evaluate(Interpreter vm, Object evaluator, RegexMatch m) {
        return (String) vm.apply(evaluator, m);
    }

    /** .NET's substitutions: {@code $n}, {@code ${name}}, {@code $&}, {@code $$}; any other {@code $} is itself. */
    private static String substitute(String replacement, RegexMatch m) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 == replacement.length()) {
                out.append(c);
                continue;
            }
            char next = replacement.charAt(i + 1);
            int close = replacement.indexOf('}', i);
            if (next == '$') {
                out.append('$');
                i++;
            } else if (next == '&') {
                out.append(m.group(0).value());
                i++;
            } else if (Character.isDigit(next)) {
                int end = i + 1;
                while (end < replacement.length() && Character.isDigit(replacement.charAt(end))) end++;
                out.append(m.group(Integer.parseInt(replacement.substring(i + 1, end))).value());
                i = end - 1;
            } else if (next == '{' && close > 0) {
                String name = replacement.substring(i + 2, close);
                out.append(name.matches("\\d+") ? m.group(Integer.parseInt(name)).value() : m.group(name).value());
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The pieces between matches, with each match's captured groups between them, as .NET's Split gives them. */
    private static Object[] split(Pattern p, String input) {
        List<Object> pieces = new ArrayList<>();
        int copied = 0;
        for (RegexMatch m : RegexMatch.all(p, input)) {
            RegexMatch.Group whole = m.group(0);
            pieces.add(input.substring(copied, (int) whole.index()));
            for (int k = 1; k < m.groupCount(); k++) {
                if (m.group(k).success()) pieces.add(m.group(k).value());
            }
            copied = (int) whole.index() + whole.value().length();
        }
        pieces.add(input.substring(copied));
        return pieces.toArray();
    }

    /** .NET's Escape: the metacharacters and white space escaped. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append("\\ ");
                default -> {
                    if ("\\*+?|{[()^$.#".indexOf(c) >= 0) out.append('\\');
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static Pattern regex(Object x) {
        return (Pattern) x;
    }

    private static RegexMatch match(Object x) {
        return (RegexMatch) x;
    }

    private static RegexMatch.Group group(Object x) {
        return (RegexMatch.Group) x;
    }
}
