/**
 * Results as they travel down a chain: strings, {@code None}, failures and the list results of
 * DeferredList and gatherResults, each with its canonical rendering.
 */
package deferredsim.core.value;
