/**
 * The application: {@link deferredsim.gui.app.Launcher} (the {@code main} that {@code
 * ./deferred-sim gui [FILE]} runs), {@link deferredsim.gui.app.SimulatorApp} (the JavaFX
 * application), {@link deferredsim.gui.app.MainViewModel} (every feature's model wired to the
 * engine) and {@link deferredsim.gui.app.MainController} (the window's FXML, menus, shortcuts,
 * theme and zoom). {@link deferredsim.gui.app.FileActions} holds the file dialogs, export,
 * clipboard, autosave and the unsaved-changes question.
 */
package deferredsim.gui.app;
