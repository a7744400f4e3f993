package deferredsim.core.reading;

import static deferredsim.core.reading.Words.prose;

import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.FireCause;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.value.Value;

/**
 * Tells each event of a recording as one sentence a learner can read, with the Twisted rule behind
 * it where one applies ("x has no result yet, so d's chain stops before stage 1 and waits for x"),
 * and names it in a word or two for timelines. Every fact comes from the recording, read by {@link
 * ReadingBuilder} into the snapshots this class looks at; nothing here predicts what Twisted does.
 */
final class Narrator {
    static final String START = "Before anything happens: the clock is at t=0 and no deferred exists yet.";

    private final Reading reading;

    Narrator(Reading reading) {
        this.reading = reading;
    }

    String sentence(int index) {
        SimEvent event = reading.event(index);
        String at = event instanceof SimEvent.Outcome
                ? "End (" + Words.time(event.time()) + "): "
                : Words.time(event.time()) + ": ";
        return at + body(index, event);
    }

    String withoutTime(int index) {
        return body(index, reading.event(index));
    }

    private String body(int i, SimEvent event) {
        return switch (event) {
            case SimEvent.Created e -> created(i, e);
            case SimEvent.PairAdded e -> pairAdded(i, e);
            case SimEvent.Fired e -> fired(i, e);
            case SimEvent.AlreadyCalled e ->
                e.deferred()
                        + " had fired already ("
                        + how(before(e.deferred(), i).firing())
                        + "), and a Deferred fires only once: this call raises AlreadyCalledError"
                        + (cancelledWithCanceller(i, e.deferred())
                                ? " (with a canceller set, Twisted swallows no late fire after a cancel)"
                                : "")
                        + ".";
            case SimEvent.FireSwallowed e ->
                "Twisted swallows that call silently: " + e.deferred()
                        + " was cancelled without a canceller, so Twisted ignores one late callback()/errback()"
                        + " (a second one would raise AlreadyCalledError).";
            case SimEvent.InternalFire e -> internalFire(i, e);
            case SimEvent.StageRan e -> stageRan(i, e);
            case SimEvent.WaitingOn e -> waitingOn(i, e);
            case SimEvent.ResultTaken e -> resultTaken(i, e);
            case SimEvent.Settled e -> settled(i, e);
            case SimEvent.GeneratorResumed e -> resumed(i, e);
            case SimEvent.GeneratorSuspended e ->
                e.deferred() + "'s generator stops at"
                        + step(e.step()) + " (yield " + e.awaited() + "): " + e.awaited()
                        + " has no result yet, so the generator waits for it, and " + e.deferred() + " stays pending.";
            case SimEvent.ListRecorded e -> listRecorded(i, e);
            case SimEvent.Cancelled e -> e.deferred() + ".cancel() is called.";
            case SimEvent.CancelArrived e -> cancelArrived(i, e);
            case SimEvent.Paused e ->
                e.deferred() + ".pause() is called: pause count "
                        + after(e.deferred(), i).pauses() + "; " + e.deferred()
                        + "'s chain will not run until unpause() brings it back to 0.";
            case SimEvent.Unpaused e -> unpaused(i, e);
            case SimEvent.DelayedCallScheduled e ->
                "the clock schedules \"" + e.description() + "\" for " + Words.time(e.due()) + ".";
            case SimEvent.DelayedCallRan e ->
                "the clock reaches " + Words.time(e.time()) + " and runs \"" + e.description() + "\".";
            case SimEvent.DelayedCallCancelled e -> "the clock's call \"" + e.description() + "\" is cancelled.";
            case SimEvent.Outcome e -> outcome(i, e);
            case SimEvent.ReactorEvent e -> ReactorTelling.sentence(e);
        };
    }

    String label(int index) {
        return switch (reading.event(index)) {
            case SimEvent.Created e -> createdLabel(index);
            case SimEvent.PairAdded e -> "stage " + e.stage() + " added";
            case SimEvent.Fired e -> e.method().word() + "(" + prose(firedValue(e)) + ")";
            case SimEvent.AlreadyCalled e -> "AlreadyCalledError";
            case SimEvent.FireSwallowed e -> "late fire swallowed";
            case SimEvent.InternalFire e ->
                switch (e.cause()) {
                    case CANCELLED -> "CancelledError";
                    case GENERATOR_CANCELLED -> "waits for its generator";
                    case GENERATOR_RETURNED -> "generator returns " + prose(e.value());
                    case GENERATOR_RAISED -> "generator raises " + e.value().render();
                    default -> "fires " + e.value().render();
                };
            case SimEvent.StageRan e -> (e.side() == Side.CALLBACK ? "cb" : "eb") + e.stage() + " → " + e.renderOut();
            case SimEvent.WaitingOn e -> "waits for " + e.inner();
            case SimEvent.ResultTaken e -> "takes " + e.value().render() + " from " + e.inner();
            case SimEvent.Settled e ->
                e.result() == null ? "stops" : "= " + e.result().render();
            case SimEvent.GeneratorResumed e -> "resumes with " + e.in().render();
            case SimEvent.GeneratorSuspended e -> "yield " + e.awaited() + ": waits";
            case SimEvent.ListRecorded e ->
                "records " + e.member() + ": " + e.result().render();
            case SimEvent.Cancelled e -> "cancel()";
            case SimEvent.CancelArrived e ->
                switch (e.effect()) {
                    case NO_CANCELLER -> "cancel: no canceller";
                    case CANCELLER -> "cancel: canceller runs";
                    case FORWARDED -> "cancel → " + e.goesOnTo();
                    case MEMBERS -> "cancel → members";
                    case GENERATOR -> "cancel → its yield";
                    case NO_EFFECT -> "cancel: no effect";
                };
            case SimEvent.Paused e -> "pause() → " + after(e.deferred(), index).pauses();
            case SimEvent.Unpaused e ->
                "unpause() → " + after(e.deferred(), index).pauses();
            case SimEvent.DelayedCallScheduled e -> "schedules " + e.description() + " at " + e.due();
            case SimEvent.DelayedCallRan e -> "runs " + e.description();
            case SimEvent.DelayedCallCancelled e -> "cancels " + e.description();
            case SimEvent.Outcome e ->
                e.state().word() + (e.value() == null ? "" : ": " + e.value().render());
            case SimEvent.ReactorEvent e -> ReactorTelling.label(e);
        };
    }

    private String createdLabel(int index) {
        String name = ((SimEvent.Created) reading.event(index)).deferred();
        Beat.Created beat = beat(name, index, Beat.Created.class);
        if (beat == null) {
            return "created";
        }
        return switch (beat.origin()) {
            case TOP_LEVEL -> "created";
            case STAGE -> "created by " + beat.by() + "'s stage " + beat.at();
            case LIST_MEMBER -> "created, member " + beat.at() + " of " + beat.by();
            case YIELD -> "created, yielded by " + beat.by();
            case INTERNAL -> "made by Twisted for " + beat.by();
        };
    }

    MomentKind kind(int index) {
        return switch (reading.event(index)) {
            case SimEvent.Created e -> MomentKind.CREATE;
            case SimEvent.PairAdded e -> MomentKind.CREATE;
            case SimEvent.Fired e -> MomentKind.FIRE;
            case SimEvent.InternalFire e -> MomentKind.FIRE;
            case SimEvent.AlreadyCalled e -> MomentKind.PROBLEM;
            case SimEvent.FireSwallowed e -> MomentKind.PROBLEM;
            case SimEvent.StageRan e -> MomentKind.STAGE;
            case SimEvent.WaitingOn e -> MomentKind.WAIT;
            case SimEvent.GeneratorSuspended e -> MomentKind.WAIT;
            case SimEvent.ResultTaken e -> MomentKind.RESUME;
            case SimEvent.GeneratorResumed e -> MomentKind.RESUME;
            case SimEvent.Settled e -> MomentKind.PASS;
            case SimEvent.ListRecorded e -> MomentKind.LIST;
            case SimEvent.Cancelled e -> MomentKind.CANCEL;
            case SimEvent.CancelArrived e -> MomentKind.CANCEL;
            case SimEvent.Paused e -> MomentKind.PAUSE;
            case SimEvent.Unpaused e -> MomentKind.PAUSE;
            case SimEvent.DelayedCallScheduled e -> MomentKind.CLOCK;
            case SimEvent.DelayedCallRan e -> MomentKind.CLOCK;
            case SimEvent.DelayedCallCancelled e -> MomentKind.CLOCK;
            case SimEvent.Outcome e -> MomentKind.END;
            case SimEvent.ReactorEvent e -> ReactorTelling.kind(e);
        };
    }

    private static Value firedValue(SimEvent.Fired e) {
        return e.firedValue();
    }

    // Creation

    private String created(int i, SimEvent.Created e) {
        String d = e.deferred();
        Beat.Created beat = beat(d, i, Beat.Created.class);
        Beat.Origin origin = beat == null ? Beat.Origin.TOP_LEVEL : beat.origin();
        String what = switch (e.kind()) {
            case PLAIN -> d + " = Deferred()";
            case LIST -> d + " = DeferredList(" + members(d, i) + ")";
            case GATHER -> d + " = gatherResults(" + members(d, i) + ")";
            case INLINE -> d + ", an @inlineCallbacks function,";
            case INTERNAL -> d;
        };
        String start = switch (e.kind()) {
            case INLINE ->
                " is called: its generator starts running at once, and " + d
                        + " (the deferred it returns) stays pending until the generator finishes.";
            case LIST, GATHER ->
                " is created: it adds its own callbacks to each member, so it hears"
                        + " every result (a member that has one already is recorded at once).";
            case INTERNAL ->
                " is made by Twisted: " + e.createdBy()
                        + "'s cancelled generator will finish through it, and " + e.createdBy()
                        + " takes its result.";
            default -> " is created, with no result yet.";
        };
        String why = switch (origin) {
            case STAGE -> "Inside " + e.createdBy() + "'s stage " + beat.at() + ", ";
            case LIST_MEMBER -> "As member " + beat.at() + " of " + e.createdBy() + ", ";
            case YIELD -> e.createdBy() + "'s generator reaches" + step(beat.at()) + " and yields " + d + ": ";
            case TOP_LEVEL, INTERNAL ->
                e.createdBy() != null && !reading.knows(e.createdBy()) ? "In " + e.createdBy() + ", " : "";
        };
        return why + what + start;
    }

    private String members(String list, int i) {
        DeferredSnapshot.ListProgress progress = after(list, i).list();
        return progress == null ? "" : "[" + String.join(", ", progress.members()) + "]";
    }

    private String pairAdded(int i, SimEvent.PairAdded e) {
        String head = e.deferred() + ".addCallbacks(" + e.callback() + ", " + e.errback() + ") adds stage " + e.stage();
        if (e.atCreation()) {
            return head + " to its chain.";
        }
        DeferredSnapshot before = before(e.deferred(), i);
        if (!before.phase().hasFired()) {
            return head + "; " + e.deferred() + " has no result yet, so it waits its turn.";
        }
        if (before.phase() == DeferredPhase.FIRED) {
            return head + "; " + e.deferred() + " has its result already, so the new stage runs at once.";
        }
        return head + "; " + e.deferred() + "'s chain is " + before.status() + ", so the stage waits its turn.";
    }

    // Fires

    private String fired(int i, SimEvent.Fired e) {
        String d = e.deferred();
        DeferredSnapshot before = before(d, i);
        DeferredSnapshot after = after(d, i);
        String call = e.result() == null ? Words.call(d, e.method(), e.value()) : Words.call(d, e.method(), e.result());
        if (!after.lateFires().isEmpty()
                && after.lateFires().get(after.lateFires().size() - 1).index() == i) {
            boolean swallowed =
                    after.lateFires().get(after.lateFires().size() - 1).swallowed();
            String had = " is called, but " + d + " already has its result (" + how(before.firing()) + ")";
            return call
                    + had
                    + (swallowed
                            ? ": it was cancelled without a canceller, so Twisted swallows this late fire."
                            : ": a Deferred fires only once, so the call raises AlreadyCalledError.");
        }
        String head = after.firing() != null && after.firing().by() == FiredBy.CANCELLER
                ? d + "'s canceller calls " + call
                : call + " is called";
        return head + chainStart(after) + ".";
    }

    /** What a deferred that just got its result does next. */
    private String chainStart(DeferredSnapshot after) {
        String d = after.name();
        if (after.phase() == DeferredPhase.PAUSED) {
            return "; " + d + " is paused, so its chain does not run yet";
        }
        if (after.nextStage() >= after.stages()) {
            return after.stages() == 0
                    ? "; " + d + " has no callbacks yet, so it just holds " + prose(after.result())
                    : "; " + d + " has no stages left to run, so it holds " + prose(after.result());
        }
        return "; " + d + "'s chain starts at stage " + after.nextStage() + " on the "
                + after.side().word() + " side";
    }

    private String internalFire(int i, SimEvent.InternalFire e) {
        String d = e.deferred();
        DeferredSnapshot after = after(d, i);
        String v = prose(e.value());
        String head = switch (e.cause()) {
            case CANCELLED -> "nothing fired " + d + " during cancel(), so Twisted errbacks it with CancelledError";
            case LIST_EMPTY -> d + " has no members, so it fires at once with " + v;
            case LIST_COMPLETE -> "every member of " + d + " has its result now, so " + d + " fires with " + v;
            case LIST_FIRST_SUCCESS ->
                d + " has fireOnOneCallback and a member succeeded, so it fires at once" + " with " + v
                        + " (the value and the member's index)";
            case LIST_FIRST_FAILURE ->
                after.kind() == DeferredKind.GATHER
                        ? "a member of " + d + " failed, and gatherResults fails at the first failure: " + d
                                + " errbacks with " + v
                        : d + " has fireOnOneErrback and a member failed, so it errbacks at once with " + v;
            case GENERATOR_RETURNED ->
                generatorOwner(after) + "'s generator returns " + v
                        + (after.internal()
                                ? ", and Twisted fires " + d + " with it"
                                : ", so Twisted fires " + d + " with " + v);
            case GENERATOR_RAISED ->
                generatorOwner(after) + "'s generator raises "
                        + e.value().render().replaceAll("\\*$", "")
                        + (after.internal()
                                ? ", and Twisted errbacks " + d + " with it"
                                : ", so Twisted errbacks " + d + " with " + v);
            case GENERATOR_CANCELLED ->
                "Twisted errbacks " + d + " with its internal cancellation error, which" + " " + d
                        + "'s own first errback turns into a wait for the generator to finish";
        };
        return e.cause() == FireCause.GENERATOR_CANCELLED ? head + "." : head + chainStart(after) + ".";
    }

    private static String generatorOwner(DeferredSnapshot snapshot) {
        return snapshot.internal() ? snapshot.createdBy() : snapshot.name();
    }

    /** How a deferred got its result, in a few words. */
    private static String how(DeferredSnapshot.Firing firing) {
        return Words.how(firing);
    }

    private boolean cancelledWithCanceller(int i, String d) {
        DeferredSnapshot.Cancellation c = before(d, i).cancellation();
        return c != null && c.effect() == CancelEffect.CANCELLER;
    }

    // Chains

    private String stageRan(int i, SimEvent.StageRan e) {
        String d = e.deferred();
        String code = reading.pair(d, e.stage())
                .map(p -> " (" + (e.side() == Side.CALLBACK ? p.callback() : p.errback()) + ")")
                .orElse("");
        String who = d + "'s stage " + e.stage() + " " + e.side().word() + code + " gets " + prose(e.in());
        DeferredSnapshot after = after(d, i);
        if (e.returnedDeferred() != null) {
            return who + " and returns the deferred " + e.returnedDeferred() + ": " + d
                    + " will go on with its result (Twisted chains the two).";
        }
        Value out = e.out();
        String member = reading.pair(d, e.stage())
                .map(p -> e.side() == Side.CALLBACK ? p.callback() : p.errback())
                .orElse("");
        // A recorded function that ends with the failure it got either returned it or raised it again: the
        // recording cannot tell which, and both pass it on. A scenario's own "fail V" member raises.
        boolean passedOn = out.isFailure() && out.equals(e.in()) && !member.startsWith("fail");
        String did = out == e.in()
                ? "passes it through"
                : passedOn ? "passes the failure on" : (out.isFailure() ? "raises " : "returns ") + prose(out);
        boolean last = after.nextStage() >= after.stages();
        String rule;
        if (e.side() == Side.CALLBACK && out.isFailure()) {
            rule = last
                    ? "; the result is a failure now, and no stage is left to handle it"
                    : "; the result is a failure now, so the next stage runs its errback";
        } else if (e.side() == Side.ERRBACK && !out.isFailure()) {
            rule = last ? "; the failure is handled" : "; the failure is handled, so the next stage runs its callback";
        } else {
            rule = last ? "; that was its last stage" : "";
        }
        return who + " and " + did + rule + ".";
    }

    private String waitingOn(int i, SimEvent.WaitingOn e) {
        String d = e.deferred();
        if (reading.knows(e.inner()) && after(e.inner(), i).internal()) {
            return d + " now waits for " + e.inner() + ", which fires when the generator finishes.";
        }
        DeferredSnapshot after = after(d, i);
        return e.inner() + " has no result yet, so " + d + "'s chain stops before stage " + after.nextStage()
                + " and waits for " + e.inner() + ".";
    }

    private String resultTaken(int i, SimEvent.ResultTaken e) {
        String d = e.deferred();
        String x = e.inner();
        DeferredSnapshot after = after(d, i);
        String goesOn = after.phase() == DeferredPhase.PAUSED
                ? "but " + d + " is paused, so its chain waits"
                : after.nextStage() < after.stages()
                        ? "goes on at stage " + after.nextStage()
                        : "has no stages left to run";
        String v = prose(e.value());
        if (e.immediately()) {
            return x + " already has its result " + v + ", so " + d + " takes it at once and " + goesOn + "; " + x
                    + " is left holding None.";
        }
        return x + " has its result " + v + " now: " + d + ", which was waiting for it, takes it and " + goesOn + "; "
                + x + " is left holding None.";
    }

    private String settled(int i, SimEvent.Settled e) {
        String d = e.deferred();
        DeferredSnapshot after = after(d, i);
        if (e.result() == null) {
            return d + "'s chain stops here for now: it is " + after.status() + ".";
        }
        String unhandled = e.unhandled()
                ? " That failure reached the end of the chain unhandled: unless a later errback handles it,"
                        + " Twisted logs \"Unhandled error in Deferred\" when " + d + " is garbage-collected."
                : "";
        return d + "'s chain has run as far as it can: " + d + " holds " + prose(e.result()) + "." + unhandled;
    }

    // Generators and lists

    private String resumed(int i, SimEvent.GeneratorResumed e) {
        String g = e.deferred();
        DeferredSnapshot before = before(g, i);
        String awaited = before.generator() != null && before.generator().awaited() != null
                ? " (yield " + before.generator().awaited() + ")"
                : "";
        String head = g + "'s generator resumes at" + step(e.step()) + awaited;
        if (!e.in().isFailure()) {
            return head + ": the yield returns " + prose(e.in()) + ".";
        }
        return head + ": " + e.in().render() + " is raised at the yield"
                + (e.caught()
                        ? " and caught there, so the generator goes on"
                        : " and not caught, so the generator stops with it")
                + ".";
    }

    private String listRecorded(int i, SimEvent.ListRecorded e) {
        String l = e.list();
        DeferredSnapshot after = after(l, i);
        int remaining = after.list() == null ? 0 : after.list().remaining();
        String head =
                l + " records the result of its member " + e.index() + ", " + e.member() + ": " + prose(e.result());
        String consumed = e.consumed()
                ? "; with consumeErrors, " + l + " handles that failure, leaving " + e.member() + " holding None"
                : "";
        String rest = after.phase().hasFired() && before(l, i).phase().hasFired()
                ? "; " + l + " has fired already, so this changes nothing for it"
                : remaining == 0 ? "" : "; " + Words.count(remaining, "member") + " still to come";
        return head + consumed + rest + ".";
    }

    // Cancel and pause

    private String cancelArrived(int i, SimEvent.CancelArrived e) {
        String d = e.deferred();
        DeferredSnapshot after = after(d, i);
        String from = after.cancellation() == null ? null : after.cancellation().passedOnFrom();
        String subject = from == null ? d : "The cancel reaches " + d + " (passed on from " + from + "): " + d;
        String rule = switch (e.effect()) {
            case NO_CANCELLER ->
                " has no result and no canceller, so Twisted errbacks it with CancelledError,"
                        + " and will swallow the next late callback()/errback() on it silently";
            case CANCELLER ->
                " has no result, so Twisted calls its canceller (if the canceller does not fire " + d
                        + ", CancelledError does)";
            case FORWARDED ->
                " has fired, but its chain waits for " + e.goesOnTo() + ", so Twisted passes the cancel on to "
                        + e.goesOnTo();
            case MEMBERS ->
                " has no result yet: cancelling a list cancels each of its members"
                        + (after.list() == null
                                ? ""
                                : " (" + String.join(", ", after.list().members()) + ")");
            case GENERATOR ->
                "'s generator is waiting"
                        + (generatorAwaited(d, i) == null ? "" : " for " + generatorAwaited(d, i))
                        + ": Twisted cancels that, so CancelledError is raised at the generator's yield";
            case NO_EFFECT -> " already has its result and waits on nothing, so cancel() does nothing";
        };
        return subject + rule + ".";
    }

    private String generatorAwaited(String d, int i) {
        DeferredSnapshot s = before(d, i);
        if (s.internal() && s.createdBy() != null) {
            s = before(s.createdBy(), i);
        }
        return s.generator() == null ? null : s.generator().awaited();
    }

    private String unpaused(int i, SimEvent.Unpaused e) {
        String d = e.deferred();
        DeferredSnapshot after = after(d, i);
        String head = d + ".unpause() is called: pause count " + after.pauses();
        if (after.pauses() > 0) {
            return head + ", so " + d + " is still paused and its chain still does not run.";
        }
        return switch (after.phase()) {
            case PENDING, NOT_CREATED -> head + "; " + d + " has no result yet, so nothing runs.";
            case WAITING -> head + ", but " + d + " still waits for " + after.waitingOn() + ".";
            case FIRED, PAUSED -> head + "; " + d + " holds " + prose(after.result()) + ".";
            case RUNNING ->
                head + ", so " + d + "'s chain runs on"
                        + (after.nextStage() < after.stages() ? " at stage " + after.nextStage() : "") + ".";
        };
    }

    private String outcome(int i, SimEvent.Outcome e) {
        String d = e.deferred();
        DeferredSnapshot last = reading.knows(d) ? after(d, i) : null;
        String unhandled =
                e.unhandled() ? " Its failure is unhandled: Twisted would log \"Unhandled error in Deferred\"." : "";
        return switch (e.state()) {
            case FIRED ->
                d + " has fired; its result is " + prose(e.value())
                        + (last != null && last.handedTo() != null && e.value() == Value.NONE
                                ? " (it handed its result to " + last.handedTo() + ")"
                                : "")
                        + "." + unhandled;
            case WAITING ->
                d + " fired, but its chain is still " + (last == null ? "waiting" : last.status()) + "." + unhandled;
            case PENDING -> d + " was never fired: it is still pending." + unhandled;
            case UNUSED -> d + " was never created.";
        };
    }

    // Lookups

    private DeferredSnapshot before(String name, int index) {
        return reading.deferred(name, Playhead.before(index));
    }

    private DeferredSnapshot after(String name, int index) {
        return reading.deferred(name, Playhead.after(index));
    }

    private <T extends Beat> T beat(String name, int index, Class<T> type) {
        for (Beat beat : reading.beats(name)) {
            if (beat.index() == index && type.isInstance(beat)) {
                return type.cast(beat);
            }
        }
        return null;
    }

    private static String step(int step) {
        return step < 0 ? " its yield" : " step " + step;
    }
}
