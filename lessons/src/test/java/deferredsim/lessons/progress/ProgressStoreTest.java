package deferredsim.lessons.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);

    @TempDir
    Path home;

    private Path dir() {
        return home.resolve(".deferred-sim");
    }

    private ProgressStore open() {
        return ProgressStore.open(dir(), CLOCK);
    }

    // When there is no progress file yet, then progress is empty and nothing is reported.
    @Test
    void open_noFile_isEmptyAndQuiet() {
        ProgressStore store = open();

        assertThat(store.progress().solved()).isEmpty();
        assertThat(store.problems()).isEmpty();
        assertThat(store.isReadOnly()).isFalse();
    }

    // When an exercise is solved, then a store opened later (a restart) still has it, with its time.
    @Test
    void markSolved_survivesRestart() throws IOException {
        open().markSolved("09/criss-cross-lane");

        Progress reopened = open().progress();
        assertThat(reopened.isSolved("09/criss-cross-lane")).isTrue();
        assertThat(reopened.solved()).containsEntry("09/criss-cross-lane", NOON);
        assertThat(Files.readString(dir().resolve("progress.json"))).contains("\"format\": \"deferred-progress/1\"");
    }

    // When an exercise is solved twice, then the first time is kept.
    @Test
    void markSolved_again_keepsFirstTime() throws IOException {
        open().markSolved("09/a");
        ProgressStore later = ProgressStore.open(dir(), Clock.fixed(NOON.plusSeconds(60), ZoneOffset.UTC));
        later.markSolved("09/a");

        assertThat(open().progress().solved()).containsEntry("09/a", NOON);
    }

    // If the file is not valid progress, then it is renamed aside with a timestamp, reported, and progress starts
    // empty.
    @Test
    void open_corruptFile_isSetAsideAndReported() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(
                dir().resolve("progress.json"), "{\"format\": \"deferred-progress/1\", \"solved\": {\"09/a\": ");

        ProgressStore store = open();

        Path aside = dir().resolve("progress.json.corrupt-20250301-120000");
        assertThat(aside).exists().content().startsWith("{\"format\"");
        assertThat(dir().resolve("progress.json")).doesNotExist();
        assertThat(store.progress().solved()).isEmpty();
        assertThat(store.problems())
                .singleElement()
                .asString()
                .contains("was not valid")
                .contains("progress.json.corrupt-20250301-120000")
                .contains("1:");
    }

    // If a corrupt file is found twice at the same second, then both copies are kept under different names.
    @Test
    void open_corruptTwice_keepsBothCopies() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("progress.json"), "first");
        open();
        Files.writeString(dir().resolve("progress.json"), "second");
        open();

        assertThat(dir().resolve("progress.json.corrupt-20250301-120000")).hasContent("first");
        assertThat(dir().resolve("progress.json.corrupt-20250301-120000-2")).hasContent("second");
    }

    // When progress is saved after a corrupt file was set aside, then the new file is valid and the copy is untouched.
    @Test
    void markSolved_afterCorrupt_writesNewFileBesideTheCopy() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("progress.json"), "[1, 2");
        ProgressStore store = open();
        store.markSolved("13/outer-time");

        assertThat(open().progress().isSolved("13/outer-time")).isTrue();
        assertThat(dir().resolve("progress.json.corrupt-20250301-120000")).hasContent("[1, 2");
    }

    // If the file was written by a newer format, then it is left alone and saving refuses, keeping the solve in memory.
    @Test
    void open_newerFormat_leavesFileAlone() throws IOException {
        Files.createDirectories(dir());
        String newer = "{\"format\": \"deferred-progress/2\", \"solved\": {}}";
        Files.writeString(dir().resolve("progress.json"), newer);

        ProgressStore store = open();

        assertThat(store.isReadOnly()).isTrue();
        assertThat(store.problems()).singleElement().asString().contains("newer version");
        assertThatThrownBy(() -> store.markSolved("09/a")).isInstanceOf(IOException.class);
        assertThat(store.progress().isSolved("09/a")).isTrue();
        assertThat(dir().resolve("progress.json")).hasContent(newer);
    }

    // If the progress file cannot be read at all, then it is left alone and the store works in memory only.
    @Test
    void open_unreadableFile_goesReadOnly() throws IOException {
        Files.createDirectories(dir().resolve("progress.json"));

        ProgressStore store = open();

        assertThat(store.isReadOnly()).isTrue();
        assertThat(store.problems()).singleElement().asString().contains("cannot be read");
        assertThat(dir().resolve("progress.json")).isDirectory();
    }

    // When two stores (two windows) solve different exercises, then the file ends up with both.
    @Test
    void save_mergesWhatAnotherStoreWrote() throws IOException {
        ProgressStore terminal = open();
        ProgressStore window = open();
        terminal.markSolved("09/a");
        window.markSolved("09/b");

        assertThat(open().progress().solved()).containsOnlyKeys("09/a", "09/b");
    }

    // When progress is saved, then no temporary file is left behind.
    @Test
    void save_leavesNoTemporaryFiles() throws IOException {
        open().markSolved("09/a");

        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("progress.json");
        }
    }
}
