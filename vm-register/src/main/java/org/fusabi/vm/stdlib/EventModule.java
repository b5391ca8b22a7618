package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;

/**
 * F#'s events: {@code Event<'T>} with {@code Trigger} and {@code Publish}, the published {@code IEvent<'T>} with
 * {@code Add} and {@code Subscribe} (whose result's {@code Dispose} unsubscribes), and the {@code Event} and
 * {@code Observable} modules, whose combinators give new events that forward what their source triggers. Handlers
 * run in the order they were added, synchronously, as FSharp.Core's do.
 */
final class EventModule {
    private EventModule() {}

    static void install(Library lib) {
        lib.define("Event.new", "unit -> Event<'a>", (vm, a) -> new Source());
        lib.define("Event#Publish", "Event<'a> -> IEvent<'a>", a -> a[0]);
        lib.define("Event#Trigger", "Event<'a> -> 'a -> unit", (vm, a) -> source(a[0]).trigger(vm, a[1]));
        lib.define("IEvent#Add", "IEvent<'a> -> ('a -> unit) -> unit", a -> {
            source(a[0]).handlers.add(a[1]);
            return Unit.VALUE;
        });
        lib.define("IEvent#Subscribe", "IEvent<'a> -> ('a -> unit) -> EventSubscription", a -> source(a[0]).subscribe(a[1]));
        lib.define("EventSubscription#Dispose", "EventSubscription -> unit -> unit", a -> ((Subscription) a[0]).dispose());
        for (String module : new String[] {"Event", "Observable"}) {
            lib.define(module + ".add", "('a -> unit) -> IEvent<'a> -> unit", a -> {
                source(a[1]).handlers.add(a[0]);
                return Unit.VALUE;
            });
            lib.define(module + ".map", "('a -> 'b) -> IEvent<'a> -> IEvent<'b>",
                    a -> derived(a[1], (vm, out, x) -> out.trigger(vm, vm.apply(a[0], x))));
            lib.define(module + ".filter", "('a -> bool) -> IEvent<'a> -> IEvent<'a>", a -> derived(a[1], (vm, out, x) -> {
                if ((Boolean) vm.apply(a[0], x)) out.trigger(vm, x);
            }));
            lib.define(module + ".choose", "('a -> 'b option) -> IEvent<'a> -> IEvent<'b>", a -> derived(a[1], (vm, out, x) -> {
                Object chosen = vm.apply(a[0], x);
                if (OptionModule.isSome(chosen)) out.trigger(vm, OptionModule.value(chosen));
            }));
            lib.define(module + ".merge", "IEvent<'a> -> IEvent<'a> -> IEvent<'a>", a -> {
                Source out = new Source();
                source(a[0]).handlers.add(new Forward(out, (vm, o, x) -> o.trigger(vm, x)));
                source(a[1]).handlers.add(new Forward(out, (vm, o, x) -> o.trigger(vm, x)));
                return out;
            });
            lib.define(module + ".scan", "('s -> 'a -> 's) -> 's -> IEvent<'a> -> IEvent<'s>", a -> {
                Object[] state = {a[1]};
                return derived(a[2], (vm, out, x) -> {
                    state[0] = vm.apply(a[0], state[0], x);
                    out.trigger(vm, state[0]);
                });
            });
            lib.define(module + ".pairwise", "IEvent<'a> -> IEvent<'a * 'a>", a -> {
                Object[] last = {null};
                return derived(a[0], (vm, out, x) -> {
                    Object previous = last[0];
                    last[0] = x;
                    if (previous != null) out.trigger(vm, new Tuple(new Object[] {previous, x}));
                });
            });
        }
        lib.define("Observable.subscribe", "('a -> unit) -> IEvent<'a> -> EventSubscription", a -> source(a[1]).subscribe(a[0]));
    }

    private static Source source(Object x) {
        return (Source) x;
    }

    /** A new event that step feeds with what source triggers. */
    private static Source derived(Object source, Step step) {
        Source out = new Source();
        source(source).handlers.add(new Forward(out, step));
        return out;
    }

    /** What a derived event does with one value of its source: trigger out (or not) with what it makes of it. */
    private interface Step {
        void accept(Interpreter vm, Source out, Object value);
    }

    /** A handler of a source that feeds a derived event. */
    private record Forward(Source out, Step step) {}

    /** An event and its published view (one object: Publish only narrows the type), with its handlers in order. */
    private static final class Source {
        final List<Object> handlers = new ArrayList<>();

        Object trigger(Interpreter vm, Object value) {
            // A handler may add or remove handlers; those run from the next trigger on, as with .NET's delegate lists.
            for (Object handler : handlers.toArray()) {
                if (handler instanceof Forward f) f.step.accept(vm, f.out, value);
                else vm.apply(handler, value);
            }
            return Unit.VALUE;
        }

        Subscription subscribe(Object handler) {
            handlers.add(handler);
            return new Subscription(this, handler);
        }
    }

    /** What Subscribe returns: disposing it removes that handler (once, even if disposed again). */
    private record Subscription(Source source, Object handler) {
        Object dispose() {
            for (int i = 0; i < source.handlers.size(); i++) {
                if (source.handlers.get(i) == handler) {
                    source.handlers.remove(i);
                    break;
                }
            }
            return Unit.VALUE;
        }
    }
}
