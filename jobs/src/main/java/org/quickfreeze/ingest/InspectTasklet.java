package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Registers every input file of the run: its hash, and whether it can be used.
 * A file with the bytes of a file already loaded is skipped; an unusable one is
 * set aside with its reason, and the other files go on.
 */
public class InspectTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(InspectTasklet.class);

    private final SourceFiles sourceFiles;

    private final CsvExport csvExport;

    private final Quarantine quarantine;

    private final List<Path> inputs;

    private final String defaultParty;

    public InspectTasklet(SourceFiles sourceFiles, CsvExport csvExport, Quarantine quarantine, List<Path> inputs,
            String defaultParty) {
        this.sourceFiles = sourceFiles;
        this.csvExport = csvExport;
        this.quarantine = quarantine;
        this.inputs = inputs;
        this.defaultParty = defaultParty;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long jobInstanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        Map<String, String> seenThisRun = new HashMap<>();
        for (Path file : InputFiles.expand(inputs)) {
            SourceFile registered = inspect(file, seenThisRun);
            sourceFiles.register(jobInstanceId, registered);
            switch (registered.status()) {
                case UNUSABLE -> {
                    log.warn("{}: not loaded: {}", registered.name(), registered.reason());
                    quarantine.setAside(file, registered.reason());
                }
                case ALREADY_LOADED -> log.info("{}: skipped: {}", registered.name(), registered.reason());
                default -> log.info("{}: {} bytes, delimiter '{}'", registered.name(), registered.size(),
                        registered.delimiter());
            }
        }
        return RepeatStatus.FINISHED;
    }

    private SourceFile inspect(Path file, Map<String, String> seenThisRun) throws IOException {
        String name = file.getFileName().toString();
        String register = withoutExtension(name);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return new SourceFile(0, file, name, 0, null, LocalDateTime.now(ZoneOffset.UTC), SourceFile.Status.UNUSABLE,
                    "the file cannot be read (missing, a folder, or no permission)", null, register, defaultParty,
                    List.of(), 0, 0, 0, 0);
        }
        LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        FileContent content = FileContent.of(file);
        String sameContent = seenThisRun.putIfAbsent(content.sha256(), name);
        Optional<SourceFile> loadedBefore = sourceFiles.loadedWithContent(content.sha256());
        if (sameContent != null || loadedBefore.isPresent()) {
            String reason = sameContent != null ? "same content as " + sameContent + " in this run"
                    : "same content as " + loadedBefore.get().name() + ", already loaded";
            return new SourceFile(0, file, name, content.size(), content.sha256(), modified,
                    SourceFile.Status.ALREADY_LOADED, reason, null, register, defaultParty, List.of(), 0, 0, 0, 0);
        }
        try {
            CsvExport.Layout layout = csvExport.inspect(file, content);
            if (!layout.header().has(Column.PARTY) && defaultParty == null) {
                throw new UnusableFile("the file has no party column and no default party is configured: "
                        + "add a party column or run with --party XX");
            }
            return new SourceFile(0, file, name, content.size(), content.sha256(), modified,
                    SourceFile.Status.ACCEPTED, null, layout.delimiter(), register, defaultParty,
                    layout.header().unknownColumns(), 0, 0, 0, 0);
        }
        catch (UnusableFile ex) {
            return new SourceFile(0, file, name, content.size(), content.sha256(), modified, SourceFile.Status.UNUSABLE,
                    ex.getMessage(), null, register, defaultParty, List.of(), 0, 0, 0, 0);
        }
    }

    static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
