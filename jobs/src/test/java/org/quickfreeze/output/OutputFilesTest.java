package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.run.OutputPermissions;

class OutputFilesTest {

    @TempDir
    Path folder;

    @Test
    void outputsAppearUnderTheirFinalNamesOnlyOncePublishedTogether() throws IOException {
        OutputFiles outputs = new OutputFiles(folder, OutputPermissions.of("rw-r-----"));
        List<Path> published;
        try (OutputFiles.Drafts drafts = outputs.drafts()) {
            drafts.writeText("findings-2026-10-31.csv", out -> out.write("register,request_id\n"));
            drafts.write("monthly-2026-10-31.pdf", out -> out.write("%PDF".getBytes()));
            assertThat(names()).containsExactlyInAnyOrder(".findings-2026-10-31.csv.part",
                    ".monthly-2026-10-31.pdf.part");

            published = drafts.publish();
        }

        assertThat(published).containsExactly(folder.resolve("findings-2026-10-31.csv"),
                folder.resolve("monthly-2026-10-31.pdf"));
        assertThat(names()).containsExactlyInAnyOrder("findings-2026-10-31.csv", "monthly-2026-10-31.pdf");
        assertThat(folder.resolve("findings-2026-10-31.csv")).hasContent("register,request_id");
    }

    @Test
    void outputsWrittenSideBySideArePutInPlaceInTheOrderGivenAndTheFirstFailureInThatOrderIsReported()
            throws IOException {
        OutputFiles outputs = new OutputFiles(folder, OutputPermissions.of("rw-r-----"));
        CountDownLatch bothStarted = new CountDownLatch(2);
        OutputFiles.Content waitsForTheOther = out -> {
            bothStarted.countDown();
            try {
                assertThat(bothStarted.await(10, TimeUnit.SECONDS)).as("written at the same time").isTrue();
            }
            catch (InterruptedException ex) {
                throw new IOException(ex);
            }
            out.write(1);
        };
        List<Path> published;
        try (OutputFiles.Drafts drafts = outputs.drafts()) {
            drafts.writeSideBySide(List.of(
                    List.of(new OutputFiles.Output("compliance.xlsx", waitsForTheOther),
                            new OutputFiles.Output("eu-statistics.xlsx", out -> out.write(2))),
                    List.of(new OutputFiles.Output("monthly.pdf", waitsForTheOther))));
            published = drafts.publish();
        }
        assertThat(published).extracting(p -> p.getFileName().toString())
            .containsExactly("compliance.xlsx", "eu-statistics.xlsx", "monthly.pdf");

        assertThatThrownBy(() -> {
            try (OutputFiles.Drafts drafts = outputs.drafts()) {
                drafts.writeSideBySide(List.of(List.of(new OutputFiles.Output("late.xlsx", out -> {
                    throw new IOException("No space left on device");
                })), List.of(new OutputFiles.Output("early.pdf", out -> {
                    throw new IllegalStateException("the PDF cannot be made");
                }))));
            }
        }).isInstanceOf(OutputNotWritten.class).hasMessageStartingWith("late.xlsx could not be written");
        assertThat(names()).containsExactlyInAnyOrder("compliance.xlsx", "eu-statistics.xlsx", "monthly.pdf");
    }

    @Test
    void whenOneLaneFailsTheOtherIsStoppedAndWaitedForSoThatNoDraftIsLeftBehind()
            throws IOException, InterruptedException {
        OutputFiles outputs = new OutputFiles(folder, OutputPermissions.of("rw-r-----"));
        CountDownLatch monthlyStarted = new CountDownLatch(1);
        AtomicBoolean monthlyFinished = new AtomicBoolean();
        CountDownLatch committeeStarted = new CountDownLatch(1);
        OutputFiles.Content failsOnceTheMonthlyIsStarted = out -> {
            try {
                assertThat(monthlyStarted.await(10, TimeUnit.SECONDS)).as("the monthly started").isTrue();
            }
            catch (InterruptedException ex) {
                throw new IOException(ex);
            }
            throw new IOException("No space left on device");
        };
        OutputFiles.Content slowAndDeafToInterrupts = out -> {
            monthlyStarted.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            monthlyFinished.set(true);
        };

        try (OutputFiles.Drafts drafts = outputs.drafts()) {
            assertThatThrownBy(() -> drafts.writeSideBySide(
                    List.of(List.of(new OutputFiles.Output("compliance.xlsx", failsOnceTheMonthlyIsStarted)),
                            List.of(new OutputFiles.Output("monthly.pdf", slowAndDeafToInterrupts),
                                    new OutputFiles.Output("committee.pdf", out -> {
                                        committeeStarted.countDown();
                                        out.write(1);
                                    })))))
                .isInstanceOf(OutputNotWritten.class)
                .hasMessageStartingWith("compliance.xlsx could not be written");
            assertThat(monthlyFinished).as("the other lane is waited for before the drafts are cleared away").isTrue();
        }

        assertThat(committeeStarted.await(1, TimeUnit.SECONDS)).as("the stopped lane goes no further").isFalse();
        assertThat(names()).isEmpty();
    }

    @Test
    void aFailingOutputPutsNothingOfTheRunInPlaceAndLeavesNoDraft() throws IOException {
        Files.writeString(folder.resolve("findings-2026-10-31.csv"), "from an earlier run\n");
        OutputFiles outputs = new OutputFiles(folder, OutputPermissions.of("rw-r-----"));

        assertThatThrownBy(() -> {
            try (OutputFiles.Drafts drafts = outputs.drafts()) {
                drafts.writeText("findings-2026-10-31.csv", out -> out.write("from this run\n"));
                drafts.write("committee-2026-10.pdf", out -> {
                    throw new IllegalStateException("the PDF cannot be made: Error evaluating expression");
                });
                drafts.publish();
            }
        }).isInstanceOf(OutputNotWritten.class)
            .hasMessage("committee-2026-10.pdf could not be written in " + folder
                    + " (the PDF cannot be made: Error evaluating expression), so no output of this run was put in place");

        assertThat(names()).containsExactly("findings-2026-10-31.csv");
        assertThat(folder.resolve("findings-2026-10-31.csv")).hasContent("from an earlier run");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedAsTheCause() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("out"), "x");

        assertThatThrownBy(() -> new OutputFiles(notAFolder, OutputPermissions.of("rw-r-----")).drafts())
            .isInstanceOf(OutputNotWritten.class)
            .hasMessage("the output folder " + notAFolder
                    + " cannot be written (a file of that name is in the way), so no output of this run was put in place");
    }

    @Test
    void anOutputThatCannotBePutInPlaceSaysWhichWere() throws IOException {
        Files.createDirectories(folder.resolve("committee-2026-10.pdf").resolve("in-the-way"));
        OutputFiles outputs = new OutputFiles(folder, OutputPermissions.of("rw-r-----"));

        assertThatThrownBy(() -> {
            try (OutputFiles.Drafts drafts = outputs.drafts()) {
                drafts.writeText("findings-2026-10-31.csv", out -> out.write("register,request_id\n"));
                drafts.write("committee-2026-10.pdf", out -> out.write("%PDF".getBytes()));
                drafts.publish();
            }
        }).isInstanceOf(OutputNotWritten.class)
            .hasMessageStartingWith("committee-2026-10.pdf could not be put in place in " + folder)
            .hasMessageEndingWith("so only findings-2026-10-31.csv of this run was put in place");

        assertThat(names()).containsExactlyInAnyOrder("findings-2026-10-31.csv", "committee-2026-10.pdf");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

}
