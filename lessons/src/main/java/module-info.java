/**
 * The lessons: their content (Markdown, scenarios, exercises) and the loader, checker and progress
 * store the terminal and the window share. {@code deferredsim.lessons.internal} stays internal.
 */
module deferredsim.lessons {
    requires transitive deferredsim.core;

    exports deferredsim.lessons;
    exports deferredsim.lessons.progress;
    exports deferredsim.lessons.text;
}
