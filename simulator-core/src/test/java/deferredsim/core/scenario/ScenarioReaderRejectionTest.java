package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** How {@link ScenarioReader} rejects invalid scenarios: one line naming the place and what was expected. */
class ScenarioReaderRejectionTest {
    private static final String HEAD = "{\"format\": \"deferred-scenario/1\",\n \"deferreds\": [\n";

    // If the text is not JSON, then the message gives line:column and what the JSON grammar expected, with no path.
    @Test
    void read_rejectsBadJsonSyntaxWithItsPosition() {
        ScenarioException broken = rejection(HEAD + "  {\"name\": \"d\" \"chain\": []}\n ]}");

        assertThat(broken).hasMessage("3:16: expected ',' or '}' after an object member, not '\"'");
        assertThat(broken.path()).isEmpty();
        assertThat(broken.line()).isEqualTo(3);
        assertThat(broken.column()).isEqualTo(16);
    }

    // If an object has a key its kind does not take, then the message is at that key and lists the allowed keys.
    @Test
    void read_rejectsUnknownKeyWithItsPosition() {
        ScenarioException broken = rejection(HEAD + "  {\"name\": \"d\", \"fier\": {}}\n ]}");

        assertThat(broken)
                .hasMessage("3:17: $.deferreds[0].fier: unknown key 'fier' in a plain deferred (a list deferred"
                        + " has \"list\", an inline one \"inline\"); expected name, chain, fire or canceller");
        assertThat(broken.path()).isEqualTo("$.deferreds[0].fier");
        assertRejected(
                HEAD + " ], \"action\": []}",
                "3:5: $.action: unknown key 'action' in a scenario; expected format, deferreds or actions");
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\", \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 1,"
                        + " \"delay\": 2}}\n"
                        + " ]}",
                "3:74: $.deferreds[0].fire.delay: unknown key 'delay' in a fire; expected method, value or after");
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\"}\n"
                        + " ],\n"
                        + " \"actions\": [{\"at\": 1, \"do\": \"cancel\", \"deferred\": \"d\", \"value\": \"v\"}]}",
                "5:57: $.actions[0].value: unknown key 'value' in a cancel action; expected at, do or deferred");
    }

    // If a list or inline deferred has a plain deferred's key, then the message names the kind and its keys.
    @Test
    void read_rejectsKeysOfAnotherKindOfDeferred() {
        assertRejected(
                HEAD + "  {\"name\": \"L\", \"list\": [], \"fire\": {}}\n ]}",
                "3:29: $.deferreds[0].fire: unknown key 'fire' in a list deferred; expected name, list, gather,"
                        + " fireOnOneCallback, fireOnOneErrback, consumeErrors or chain");
        assertRejected(
                HEAD + "  {\"name\": \"g\", \"inline\": [], \"canceller\": \"nothing\"}\n ]}",
                "3:31: $.deferreds[0].canceller: unknown key 'canceller' in an inline deferred; expected name, inline"
                        + " or chain");
    }

    // If a stage string is malformed, then the column points into the string where it stops making sense.
    @Test
    void read_rejectsBadStageStringAtTheColumnOfTheProblem() {
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"p\", \"p\"], [\"retrun x\", \"p\"]]}\n ]}",
                "3:41: $.deferreds[0].chain[1][0]: expected return, fail, passthru or defer (or a prefix of one), not"
                        + " 'retrun'");
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"p\", \"return two words\"]]}\n ]}",
                "3:45: $.deferreds[0].chain[0][1]: expected the end of the stage after 'two' (a value has no spaces)");
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"passthru x\", \"p\"]]}\n ]}",
                "3:38: $.deferreds[0].chain[0][0]: expected nothing after passthru, not 'x'");
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"p\", 7]]}\n ]}",
                "3:33: $.deferreds[0].chain[0][1]: expected a stage: return V, fail V, passthru or defer NAME (a"
                        + " string), not a number");
    }

    // If a stage string contains escapes, then the column still points at the offending source characters.
    @Test
    void read_rejectsBadStageStringAtTheSourceColumnDespiteEscapes() {
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"\\u0072 x\\ty\", \"p\"]]}\n ]}",
                "3:39: $.deferreds[0].chain[0][0]: expected the end of the stage after 'x' (a value has no spaces)");
    }

    // If a pair does not have exactly two members, then the message says how many it has.
    @Test
    void read_rejectsPairsWithoutTwoMembers() {
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"p\"]]}\n ]}",
                "3:27: $.deferreds[0].chain[0]: expected a [callback, errback] pair of two stage strings, not an array"
                        + " of 1");
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [\"p\", \"p\"]}\n ]}",
                "3:27: $.deferreds[0].chain[0]: expected a [callback, errback] pair of stage strings, not a string");
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\"}\n"
                        + " ],\n"
                        + " \"actions\": [{\"at\": 1, \"do\": \"add\", \"deferred\": \"d\", \"pair\": []}]}",
                "5:62: $.actions[0].pair: expected a [callback, errback] pair of two stage strings, not an array of 0");
    }

    // If a stage, list or yield names no deferred of the scenario, then the message is at the reference.
    @Test
    void read_rejectsUnknownName() {
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"defer x\", \"p\"]]}\n ]}",
                "3:28: $.deferreds[0].chain[0][0]: no deferred is named 'x'; expected one of [d]");
        assertRejected(
                HEAD + "  {\"name\": \"L\", \"list\": [\"a\", \"b\"]},\n  {\"name\": \"a\"}\n ]}",
                "3:31: $.deferreds[0].list[1]: no deferred is named 'b'; expected one of [L, a]");
        assertRejected(
                HEAD + "  {\"name\": \"g\", \"inline\": [\"yield nothere\"]}\n ]}",
                "3:28: $.deferreds[0].inline[0]: no deferred is named 'nothere'; expected one of [g]");
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\"}\n"
                        + " ],\n"
                        + " \"actions\": [{\"at\": 1, \"do\": \"cancel\", \"deferred\": \"e\"}]}",
                "5:52: $.actions[0].deferred: no deferred is named 'e'; expected one of [d]");
    }

    // If two deferreds share a name, then the message is at the second name.
    @Test
    void read_rejectsDuplicateNames() {
        assertRejected(
                HEAD + "  {\"name\": \"d\"},\n  {\"name\": \"d\"}\n ]}",
                "4:12: $.deferreds[1].name: the name 'd' is already used by $.deferreds[0]");
    }

    // If a name is referenced from two places, even two members of one pair, then the second reference is rejected.
    @Test
    void read_rejectsANameReferencedTwice() {
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"defer x\", \"defer x\"]]},\n  {\"name\": \"x\"}\n ]}",
                "3:39: $.deferreds[0].chain[0][1]: 'x' is already referenced at $.deferreds[0].chain[0][0];"
                        + " a deferred can be referenced from one place only");
        assertRejected(
                HEAD + "  {\"name\": \"L\", \"list\": [\"x\"]},\n  {\"name\": \"g\", \"inline\": [\"yield x\"]},\n"
                        + "  {\"name\": \"x\"}\n ]}",
                "4:28: $.deferreds[1].inline[0]: 'x' is already referenced at $.deferreds[0].list[0];"
                        + " a deferred can be referenced from one place only");
    }

    // If deferreds reference each other in a cycle, then the message names the cycle at the first deferred in it.
    @Test
    void read_rejectsReferenceCycles() {
        assertRejected(
                HEAD
                        + "  {\"name\": \"a\", \"chain\": [[\"defer b\", \"p\"]]},\n"
                        + "  {\"name\": \"b\", \"list\": [\"a\"]}\n"
                        + " ]}",
                "3:3: $.deferreds[0]: 'a' takes part in a reference cycle (a -> b -> a); a deferred cannot wait on"
                        + " itself");
        assertRejected(
                HEAD + "  {\"name\": \"g\", \"inline\": [\"yield g\"]}\n ]}",
                "3:3: $.deferreds[0]: 'g' takes part in a reference cycle (g -> g); a deferred cannot wait on itself");
    }

    // If an action names a deferred that another one references, then the action is rejected: actions are for top-level
    // ones.
    @Test
    void read_rejectsActionOnAReferencedDeferred() {
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"chain\": [[\"defer x\", \"p\"]]},\n  {\"name\": \"x\"}\n ],\n"
                        + " \"actions\": [{\"at\": 1, \"do\": \"pause\", \"deferred\": \"x\"}]}",
                "6:51: $.actions[0].deferred: actions name top-level deferreds only, and 'x' is referenced at"
                        + " $.deferreds[0].chain[0][0]");
    }

    // If a fire action names a list or inline deferred, then it is rejected: only plain deferreds can be fired.
    @Test
    void read_rejectsFireActionOnAList() {
        assertRejected(
                HEAD + "  {\"name\": \"L\", \"list\": []}\n"
                        + " ],\n"
                        + " \"actions\": [{\"at\": 1, \"do\": \"fire\", \"deferred\": \"L\", \"method\": \"callback\","
                        + " \"value\": \"v\"}]}",
                "5:50: $.actions[0].deferred: a fire action needs a plain deferred; 'L' is a list or inline deferred");
    }

    // If an unpause comes before any pause of its deferred in time, then it is rejected even when listed after one.
    @Test
    void read_rejectsUnpauseBeforePause() {
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\"}\n"
                        + " ],\n"
                        + " \"actions\": [\n"
                        + "  {\"at\": 2, \"do\": \"pause\", \"deferred\": \"d\"},\n"
                        + "  {\"at\": 1, \"do\": \"unpause\", \"deferred\": \"d\"}\n"
                        + " ]}",
                "7:3: $.actions[1]: unpause of 'd' at 1 needs an earlier pause of it");
    }

    // If a fire lacks any of method, value and after, then the message is at the fire and names the missing key.
    @Test
    void read_rejectsFireWithoutAfter() {
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"fire\": {\"method\": \"callback\", \"value\": \"v\"}}\n ]}",
                "3:25: $.deferreds[0].fire: missing key 'after' in a fire (it needs method, value and after)");
    }

    // If a time is negative, beyond the largest float or not a number, then the message shows it and the rule.
    @Test
    void read_rejectsNegativeTime() {
        String expected = "expected a time: a finite number of seconds >= 0, not ";
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\"}\n"
                        + " ],\n"
                        + " \"actions\": [{\"at\": -1, \"do\": \"cancel\", \"deferred\": \"d\"}]}",
                "5:21: $.actions[0].at: " + expected + "-1 (a time cannot be negative)");
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\", \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\":"
                        + " 1e309}}\n"
                        + " ]}",
                "3:71: $.deferreds[0].fire.after: " + expected
                        + "1e309 (beyond the largest float, about 1.8e+308; Python would read it as inf)");
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\", \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\":"
                        + " \"1\"}}\n"
                        + " ]}",
                "3:71: $.deferreds[0].fire.after: " + expected + "a string");
    }

    // If times add up past the largest float, then the scenario is rejected up front at the time that tips it over.
    @Test
    void read_rejectsTimesWhoseSumCannotBeHeld() {
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\", \"chain\": [[\"d x\", \"p\"]], \"fire\": {\"method\": \"callback\","
                        + " \"value\": \"v\", \"after\": 1e308}},\n"
                        + "  {\"name\": \"x\", \"fire\": {\"method\": \"callback\", \"value\": \"w\", \"after\":"
                        + " 1e308}}\n"
                        + " ]}",
                "4:71: $.deferreds[1].fire.after: the times of this scenario can add up to more than the largest"
                        + " float (about 1.8e+308 seconds): the latest action plus every fire's after is inf;"
                        + " Twisted's clock would reach inf and stop advancing");
    }

    // If the format is missing or not deferred-scenario/1, then the message says which format is expected.
    @Test
    void read_rejectsBadFormatString() {
        assertRejected(
                "{\"format\": \"deferred-scenario/2\", \"deferreds\": []}",
                "1:12: $.format: expected \"deferred-scenario/1\", not 'deferred-scenario/2'");
        assertRejected(
                "{\"deferreds\": []}",
                "1:1: $: missing key 'format' in a scenario (it starts with \"format\": \"deferred-scenario/1\")");
        assertRejected(
                "[]",
                "1:1: $: expected a scenario: {\"format\": \"deferred-scenario/1\", \"deferreds\": [...],"
                        + " \"actions\": [...]} (an object), not an array");
        assertRejected("{\"format\": \"deferred-scenario/1\"}", "1:1: $: missing key 'deferreds' in a scenario");
    }

    // If "gather": true comes with a DeferredList flag set to true, then the message is at the flag.
    @Test
    void read_rejectsGatherWithTrueFlags() {
        assertRejected(
                HEAD + "  {\"name\": \"G\", \"list\": [], \"gather\": true, \"consumeErrors\": true}\n ]}",
                "3:45: $.deferreds[0].consumeErrors: \"consumeErrors\": true cannot go with \"gather\": true;"
                        + " gatherResults takes none of fireOnOneCallback, fireOnOneErrback or consumeErrors (use a"
                        + " DeferredList, without gather, for them; false is allowed)");
    }

    // If a deferred has both "list" and "inline", then the message says it must be one or the other.
    @Test
    void read_rejectsListAndInlineTogether() {
        assertRejected(
                HEAD + "  {\"name\": \"x\", \"list\": [], \"inline\": []}\n ]}",
                "3:29: $.deferreds[0].inline: a deferred is a list or inline, not both: it has \"list\" and"
                        + " \"inline\"");
    }

    // If a required key is missing, then the message is at the object that lacks it.
    @Test
    void read_rejectsMissingRequiredKeys() {
        assertRejected(HEAD + "  {\"chain\": []}\n ]}", "3:3: $.deferreds[0]: missing key 'name' in a deferred");
        assertRejected(
                HEAD + "  {\"name\": \"d\"}\n ],\n \"actions\": [{\"at\": 1, \"deferred\": \"d\"}]}",
                "5:14: $.actions[0]: missing key 'do' in an action (it needs \"do\": fire, cancel, pause, unpause or"
                        + " add)");
        assertRejected(
                HEAD + "  {\"name\": \"d\"}\n ],\n \"actions\": [{\"do\": \"cancel\", \"deferred\": \"d\"}]}",
                "5:14: $.actions[0]: missing key 'at' in a cancel action");
        assertRejected(
                HEAD
                        + "  {\"name\": \"d\"}\n"
                        + " ],\n"
                        + " \"actions\": [{\"at\": 1, \"do\": \"fire\", \"deferred\": \"d\", \"value\": \"v\"}]}",
                "5:14: $.actions[0]: missing key 'method' in a fire action");
    }

    // If an action has an unknown verb, then the message lists the verbs.
    @Test
    void read_rejectsUnknownVerbs() {
        assertRejected(
                HEAD + "  {\"name\": \"d\"}\n ],\n \"actions\": [{\"at\": 1, \"do\": \"kill\", \"deferred\": \"d\"}]}",
                "5:30: $.actions[0].do: expected fire, cancel, pause, unpause or add, not 'kill'");
    }

    // If a value has the wrong JSON type, then the message says what type was expected and what was found.
    @Test
    void read_rejectsWrongValueTypes() {
        assertRejected(HEAD + "  3\n ]}", "3:3: $.deferreds[0]: expected a deferred (an object), not a number");
        assertRejected(
                HEAD + "  {\"name\": \"L\", \"list\": [], \"gather\": \"yes\"}\n ]}",
                "3:39: $.deferreds[0].gather: expected true or false, not a string");
        assertRejected(
                HEAD + "  {\"name\": \"L\", \"list\": \"a\"}\n ]}",
                "3:25: $.deferreds[0].list: expected an array of deferred names, not a string");
        assertRejected(
                HEAD + "  {\"name\": null}\n ]}",
                "3:12: $.deferreds[0].name: expected a deferred's name (a string), not null");
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"fire\": {\"method\": \"call\", \"value\": \"v\", \"after\": 1}}\n ]}",
                "3:36: $.deferreds[0].fire.method: expected callback or errback, not 'call'");
    }

    // If a name or value is empty or has whitespace, then the message shows it, escaped when it has control characters.
    @Test
    void read_rejectsNamesAndValuesWithWhitespace() {
        assertRejected(
                HEAD + "  {\"name\": \"d e\"}\n ]}",
                "3:12: $.deferreds[0].name: expected a deferred's name: one or more characters without whitespace, not"
                        + " 'd e'");
        assertRejected(
                HEAD + "  {\"name\": \"d\\ne\"}\n ]}",
                "3:12: $.deferreds[0].name: expected a deferred's name: one or more characters without whitespace, not"
                        + " \"d\\n"
                        + "e\"");
        assertRejected(
                HEAD + "  {\"name\": \"d\", \"fire\": {\"method\": \"callback\", \"value\": \"\", \"after\": 1}}\n ]}",
                "3:57: $.deferreds[0].fire.value: expected a value: one or more characters without whitespace, not ''");
    }

    // If an inline step is malformed, then the column points at the offending word of the step.
    @Test
    void read_rejectsBadInlineSteps() {
        String step = HEAD + "  {\"name\": \"g\", \"inline\": [\"%s\"]},\n  {\"name\": \"a\"}\n ]}";
        assertRejected(
                String.format(step, "jump a"),
                "3:29: $.deferreds[0].inline[0]: expected yield, return or raise, not 'jump'");
        assertRejected(
                String.format(step, "yield"),
                "3:34: $.deferreds[0].inline[0]: expected a deferred's name after yield in a step, not its end");
        assertRejected(
                String.format(step, "yield a cach"),
                "3:37: $.deferreds[0].inline[0]: expected catch or the end of the step after the name, not 'cach'");
        assertRejected(
                String.format(step, "return a b"),
                "3:38: $.deferreds[0].inline[0]: expected the end of a step after the value 'a' (a value has no"
                        + " whitespace), not 'b'");
        assertRejected(
                String.format(step, ""),
                "3:29: $.deferreds[0].inline[0]: expected yield NAME, yield NAME catch, return V or raise V in a step,"
                        + " not its end");
    }

    // If a canceller is malformed, then the column points at the offending word.
    @Test
    void read_rejectsBadCancellers() {
        String canceller = HEAD + "  {\"name\": \"d\", \"canceller\": \"%s\"}\n ]}";
        assertRejected(
                String.format(canceller, "stop"),
                "3:31: $.deferreds[0].canceller: expected nothing, callback V or errback V, not 'stop'");
        assertRejected(
                String.format(canceller, "nothing much"),
                "3:39: $.deferreds[0].canceller: expected the end of a canceller after nothing, not 'much'");
        assertRejected(
                String.format(canceller, "errback"),
                "3:38: $.deferreds[0].canceller: expected a value after errback in a canceller, not its end");
    }

    private static void assertRejected(String json, String message) {
        assertThat(rejection(json)).hasMessage(message);
    }

    private static ScenarioException rejection(String json) {
        ScenarioException broken = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(json));
        assertThat(broken).as("rejection of %s", json).isNotNull();
        return broken;
    }
}
