/**
 * Scenarios ({@code deferred-scenario/1}): the model of named deferreds, their chains, firings and
 * timed actions, with the reader and writer for the JSON files of the contract.
 */
package deferredsim.core.scenario;
