/**
 * Words for the recording's events, shared by the status line, the lanes and the timeline:
 * {@link deferredsim.gui.events.EventText} says what an event means in Twisted's vocabulary, and
 * {@link deferredsim.gui.events.EventKind} sorts events into the few kinds the timeline colours.
 *
 * <p>Event kinds this window does not know yet (the engine grows: the reactor-model events of
 * Parts 1–8 are coming) still get a label made from the record's own components, so they show on
 * the timeline at their time without any change here.
 */
package deferredsim.gui.events;
