/** Building views from their FXML files: {@link deferredsim.gui.fxml.Fxml}. */
package deferredsim.gui.fxml;
