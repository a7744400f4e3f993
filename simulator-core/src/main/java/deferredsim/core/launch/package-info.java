/** Start-up help for launchers that cannot cheaply check their build themselves (Windows). */
package deferredsim.core.launch;
