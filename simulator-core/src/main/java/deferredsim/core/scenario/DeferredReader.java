package deferredsim.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one entry of a scenario's {@code deferreds} array, and the pairs of chains. */
final class DeferredReader {
    private static final List<String> PLAIN_KEYS = List.of("name", "chain", "fire", "canceller");
    private static final List<String> FLAGS = ListOptions.FLAGS;
    private static final List<String> LIST_KEYS =
            List.of("name", "list", "gather", "fireOnOneCallback", "fireOnOneErrback", "consumeErrors", "chain");
    private static final List<String> INLINE_KEYS = List.of("name", "inline", "chain");
    private static final List<String> FIRE_KEYS = List.of("method", "value", "after");

    private DeferredReader() {}

    static DeferredSpec deferred(Located at) throws ScenarioException {
        at.object("a deferred");
        boolean list = at.optional("list").isPresent();
        boolean inline = at.optional("inline").isPresent();
        if (list && inline) {
            throw at.keyError("inline", "a deferred is a list or inline, not both: it has \"list\" and \"inline\"");
        }
        if (list) {
            at.allowOnly(LIST_KEYS, "a list deferred");
            return new DeferredSpec.ListOf(
                    name(at), names(at.required("list", "a list deferred")), listOptions(at), chain(at));
        } else if (inline) {
            at.allowOnly(INLINE_KEYS, "an inline deferred");
            return new DeferredSpec.Inline(name(at), steps(at.required("inline", "an inline deferred")), chain(at));
        }
        at.allowOnly(PLAIN_KEYS, "a plain deferred (a list deferred has \"list\", an inline one \"inline\")");
        Optional<Located> fireAt = at.optional("fire");
        Optional<Located> cancellerAt = at.optional("canceller");
        Optional<FireSpec> fire = fireAt.isPresent() ? Optional.of(fire(fireAt.get())) : Optional.empty();
        Optional<CancellerSpec> canceller =
                cancellerAt.isPresent() ? Optional.of(canceller(cancellerAt.get())) : Optional.empty();
        return new DeferredSpec.Plain(name(at), chain(at), fire, canceller);
    }

    private static String name(Located deferred) throws ScenarioException {
        return deferred.required("name", "a deferred").word("a deferred's name");
    }

    private static List<String> names(Located list) throws ScenarioException {
        List<String> names = new ArrayList<>();
        for (Located member : list.elements("an array of deferred names")) {
            names.add(member.word("a deferred's name"));
        }
        return names;
    }

    private static ListOptions listOptions(Located at) throws ScenarioException {
        boolean gather = at.flag("gather");
        boolean[] flags = new boolean[FLAGS.size()];
        for (int i = 0; i < flags.length; i++) {
            String flag = FLAGS.get(i);
            flags[i] = at.flag(flag);
            if (gather && flags[i]) {
                throw at.keyError(
                        flag,
                        "\"" + flag + "\": true cannot go with \"gather\": true; gatherResults takes none of "
                                + Located.listing(FLAGS) + " (use a DeferredList, without gather, for them; false is"
                                + " allowed)");
            }
        }
        return new ListOptions(flags[0], flags[1], flags[2], gather);
    }

    /** The {@code chain} of a deferred, empty when it has none. */
    private static List<PairSpec> chain(Located deferred) throws ScenarioException {
        List<PairSpec> chain = new ArrayList<>();
        Optional<Located> pairs = deferred.optional("chain");
        if (pairs.isPresent()) {
            for (Located pair : pairs.get().elements("an array of [callback, errback] pairs")) {
                chain.add(pair(pair));
            }
        }
        return chain;
    }

    /** A {@code [callback, errback]} pair of stage strings. */
    static PairSpec pair(Located at) throws ScenarioException {
        List<Located> members = at.elements("a [callback, errback] pair of stage strings");
        if (members.size() != 2) {
            throw at.error(
                    "expected a [callback, errback] pair of two stage strings, not an array of " + members.size());
        }
        return new PairSpec(stage(members.get(0)), stage(members.get(1)));
    }

    private static MemberSpec stage(Located at) throws ScenarioException {
        String text = at.string("a stage: return V, fail V, passthru or defer NAME");
        try {
            return MemberSpec.parse(text);
        } catch (MemberSyntaxException broken) {
            throw at.errorAt(broken.column(), "expected " + broken.expected());
        }
    }

    private static FireSpec fire(Located at) throws ScenarioException {
        at.object("a fire: {\"method\": ..., \"value\": ..., \"after\": ...}");
        at.allowOnly(FIRE_KEYS, "a fire");
        Located method = at.required("method", "a fire (it needs method, value and after)");
        Located value = at.required("value", "a fire (it needs method, value and after)");
        Located after = at.required("after", "a fire (it needs method, value and after)");
        return new FireSpec(method(method), value.word("a value"), after.floatTime());
    }

    /** {@code callback} or {@code errback}. */
    static FireMethod method(Located at) throws ScenarioException {
        String word = at.string("callback or errback");
        FireMethod method = FireMethod.fromWord(word);
        if (method == null) {
            throw at.error("expected callback or errback, not " + Located.show(word));
        }
        return method;
    }

    private static CancellerSpec canceller(Located at) throws ScenarioException {
        String text = at.string("a canceller: nothing, callback V or errback V");
        Words words = new Words(at, text, "a canceller");
        String keyword = words.next("nothing, callback V or errback V");
        if (keyword.equals("nothing")) {
            words.end("nothing");
            return CancellerSpec.Nothing.INSTANCE;
        }
        FireMethod method = FireMethod.fromWord(keyword);
        if (method == null) {
            throw words.errorAtLast("expected nothing, callback V or errback V, not " + Located.show(keyword));
        }
        String value = words.next("a value after " + keyword);
        words.end("the value " + Located.show(value) + " (a value has no whitespace)");
        return new CancellerSpec.Fires(method, value);
    }

    private static List<InlineStep> steps(Located inline) throws ScenarioException {
        List<InlineStep> steps = new ArrayList<>();
        for (Located step : inline.elements("an array of steps: yield NAME, yield NAME catch, return V or raise V")) {
            steps.add(step(step));
        }
        return steps;
    }

    static InlineStep step(Located at) throws ScenarioException {
        String text = at.string("a step: yield NAME, yield NAME catch, return V or raise V");
        Words words = new Words(at, text, "a step");
        String keyword = words.next("yield NAME, yield NAME catch, return V or raise V");
        switch (keyword) {
            case "yield": {
                String name = words.next("a deferred's name after yield");
                if (!words.hasMore()) {
                    return new InlineStep.Yield(name, false);
                }
                String extra = words.next("catch");
                if (!extra.equals("catch")) {
                    throw words.errorAtLast(
                            "expected catch or the end of the step after the name, not " + Located.show(extra));
                }
                words.end("catch");
                return new InlineStep.Yield(name, true);
            }
            case "return":
            case "raise": {
                String value = words.next("a value after " + keyword);
                words.end("the value " + Located.show(value) + " (a value has no whitespace)");
                return keyword.equals("return") ? new InlineStep.Return(value) : new InlineStep.Raise(value);
            }
            default:
                throw words.errorAtLast("expected yield, return or raise, not " + Located.show(keyword));
        }
    }
}
