package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** F#'s Event<'T>, its published IEvent<'T>, and the Event and Observable combinators. */
class EventTest {
    @Test
    void handlersRunInOrderUntilUnsubscribed() {
        assertEquals("""
                a 1
                b 1
                b 2
                """, ScriptRun.output("""
                let e = Event<int>()
                let sub = e.Publish.Subscribe(fun x -> printfn "a %d" x)
                e.Publish.Add(fun x -> printfn "b %d" x)
                e.Trigger 1
                sub.Dispose()
                sub.Dispose()
                e.Trigger 2
                """));
    }

    @Test
    void classesPublishEventsThatCombinatorsTransform() {
        assertEquals("""
                even*10 20
                sum 2
                sum 5
                pair (2, 3)
                even*10 40
                sum 9
                pair (3, 4)
                """, ScriptRun.output("""
                type Counter() =
                    let changed = Event<int>()
                    let mutable n = 1
                    [<CLIEvent>]
                    member _.Changed = changed.Publish
                    member _.Incr() =
                        n <- n + 1
                        changed.Trigger n
                let c = Counter()
                c.Changed |> Event.filter (fun v -> v % 2 = 0) |> Event.map (fun v -> v * 10) |> Event.add (printfn "even*10 %d")
                c.Changed |> Observable.scan (+) 0 |> Observable.add (printfn "sum %d")
                c.Changed |> Event.pairwise |> Event.add (printfn "pair %A")
                c.Incr(); c.Incr(); c.Incr()
                """));
    }

    @Test
    void chooseAndMergeForwardWhatTheirSourcesTrigger() {
        assertEquals("L 1\nR 2\n", ScriptRun.output("""
                let left = Event<int>()
                let right = Event<string>()
                let lefts = left.Publish |> Event.choose (fun x -> if x > 0 then Some (sprintf "L %d" x) else None)
                Event.merge lefts (right.Publish |> Event.map (sprintf "R %s")) |> Event.add (printfn "%s")
                left.Trigger 1
                left.Trigger -1
                right.Trigger "2"
                """));
    }
}
