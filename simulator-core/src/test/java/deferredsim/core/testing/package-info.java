/**
 * Test support shipped in simulator-core's test-jar: the conformance corpus on the class path
 * ({@link deferredsim.core.testing.TraceCorpus}) and QuickTheories generators of valid scenarios
 * ({@link deferredsim.core.testing.ScenarioGenerators}).
 */
package deferredsim.core.testing;
