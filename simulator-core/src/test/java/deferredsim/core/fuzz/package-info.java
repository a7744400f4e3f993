/**
 * Fuzz tests: the readers fed random and mutated input (see {@link deferredsim.core.testing.Fuzz}
 * for the short and the long run). Every input is either accepted (and then simulates) or rejected
 * with a message that names its place; none throws anything else, none hangs, and no input, however
 * large, takes more memory than the read limits allow.
 */
package deferredsim.core.fuzz;
