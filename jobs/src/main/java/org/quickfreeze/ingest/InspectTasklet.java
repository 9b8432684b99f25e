package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.UnusableFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Registers every input file of the run: its hash, and whether it can be used. A file
 * with the bytes of a file already loaded is skipped; an unusable one is set aside with
 * its reason, and the other files go on.
 */
public class InspectTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(InspectTasklet.class);

    private static final Logger details = LoggerFactory.getLogger(UnusableFile.DETAILS_LOGGER);

    private final SourceFileRepository sourceFiles;

    private final ExportFormats exportFiles;

    private final Quarantine quarantine;

    private final List<Path> inputs;

    private final String defaultParty;

    private final boolean inbox;

    /**
     * @param inbox whether the inputs are the inbox, whose every file is read or set
     * aside
     */
    public InspectTasklet(SourceFileRepository sourceFiles, ExportFormats exportFiles, Quarantine quarantine,
            List<Path> inputs, @Nullable String defaultParty, boolean inbox) {
        this.sourceFiles = sourceFiles;
        this.exportFiles = exportFiles;
        this.quarantine = quarantine;
        this.inputs = inputs;
        this.defaultParty = defaultParty;
        this.inbox = inbox;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long jobInstanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        Map<String, String> seenThisRun = new HashMap<>();
        InputFiles files = inbox ? InputFiles.ofInbox(inputs.get(0)) : InputFiles.of(inputs);
        for (Path other : files.notExports()) {
            sourceFiles.register(jobInstanceId, notAnExport(other));
            log.info("{}: not an export, not read", other.getFileName());
        }
        for (Path file : files.exports()) {
            SourceFile registered = inspect(file, seenThisRun);
            sourceFiles.register(jobInstanceId, registered);
            switch (registered.status()) {
                case UNUSABLE -> {
                    log.warn("{}: not loaded: {}", registered.name(), registered.reason());
                    quarantine.setAside(file, registered.reason());
                }
                case ALREADY_LOADED -> log.info("{}: skipped: {}", registered.name(), registered.reason());
                default -> log.info("{}: {} bytes, {}{}", registered.name(), registered.size(),
                        registered.workbook() ? "workbook" : "delimiter '" + registered.delimiter() + "'",
                        registered.mapping() == null ? "" : ", register mapping " + registered.mapping());
            }
        }
        return RepeatStatus.FINISHED;
    }

    private SourceFile inspect(Path file, Map<String, String> seenThisRun) throws IOException {
        String register = SourceFile.registerOf(file.getFileName().toString());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (Files.isSymbolicLink(file)) {
            return unusable(file, 0, null, now,
                    "the file is a symbolic link; links are not followed: " + "put the export itself in the folder",
                    register);
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return unusable(file, 0, null, now, "this is a folder, not an export: put the export files themselves "
                    + "in the " + (inbox ? "inbox" : "folder read"), register);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return unusable(file, 0, null, now, "the file is gone (moved or deleted as the run started)", register);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(file)) {
            return unusable(file, 0, null, now,
                    "the file cannot be read (no permission, or not a plain file): let Quickfreeze's user read it",
                    register);
        }
        LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        FileContent content = FileContent.of(file);
        String sameContent = seenThisRun.putIfAbsent(content.sha256(), file.getFileName().toString());
        Optional<SourceFile> loadedBefore = sourceFiles.loadedWithContent(content.sha256());
        if (sameContent != null) {
            return SourceFile.found(file, content.size(), content.sha256(), modified, SourceFile.Status.ALREADY_LOADED,
                    "same content as " + sameContent + " in this run", null, register, defaultParty);
        }
        if (loadedBefore.isPresent()) {
            return SourceFile.alreadyLoaded(file, modified, loadedBefore.get());
        }
        try {
            return SourceFile.accepted(file, content, modified, exportFiles.inspect(file, content), defaultParty);
        }
        catch (UnusableFile ex) {
            return unusable(file, content.size(), content.sha256(), modified, ex.getMessage(), register);
        }
        catch (IOException | RuntimeException | LinkageError | StackOverflowError ex) {
            // one file that cannot be read never stops the others, not even one that
            // sends a library down a path it cannot follow; the library's words are for
            // the log
            details.warn("{}: cannot be read", file.getFileName(), ex);
            return unusable(file, content.size(), content.sha256(), modified,
                    "the file cannot be read (it may be damaged, or still being written): export the register again",
                    register);
        }
    }

    private SourceFile notAnExport(Path entry) throws IOException {
        boolean file = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
        LocalDateTime modified = LocalDateTime
            .ofInstant(Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant(), ZoneOffset.UTC);
        return SourceFile.found(entry, file ? Files.size(entry) : 0, null, modified, SourceFile.Status.NOT_EXPORT,
                file ? "not an export (not read)" : "a folder, not an export (not read)", null,
                SourceFile.registerOf(entry.getFileName().toString()), defaultParty);
    }

    private SourceFile unusable(Path file, long size, String sha256, LocalDateTime modified, String reason,
            String register) {
        return SourceFile.found(file, size, sha256, modified, SourceFile.Status.UNUSABLE, reason, null, register,
                defaultParty);
    }

}
