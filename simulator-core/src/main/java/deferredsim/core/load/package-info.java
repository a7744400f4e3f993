/**
 * Opening any file the simulator runs: {@link deferredsim.core.load.Scenarios#read} tells the
 * formats apart (a Deferred scenario, its draft, a reactor scenario of Parts 1–8, a recording of a
 * real program) and returns an {@link deferredsim.core.load.AnyScenario} that gives its run.
 */
package deferredsim.core.load;
