package org.quickfreeze.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * One concise log line per step (rows read, written, rejected or skipped, time), and on
 * long steps a progress line at least every ten seconds. It logs counts only: rows may
 * carry personal data.
 */
public class StepProgress implements StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(StepProgress.class);

    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private long startedAt;

    private long lastProgressAt;

    private long written;

    private String step;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        startedAt = System.nanoTime();
        lastProgressAt = startedAt;
        written = 0;
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        written += items.size();
        long now = System.nanoTime();
        if (now - lastProgressAt >= PROGRESS_EVERY_NANOS) {
            lastProgressAt = now;
            double seconds = (now - startedAt) / 1e9;
            log.info("{}: {} rows so far, {} rows/s", step, written, Math.round(written / seconds));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution s) {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        log.info("step {} {}: read {}, written {}, filtered {}, skipped {}, {} s, heap used {} MB (peak {} MB)",
                s.getStepName(), s.getStatus().name().toLowerCase(), s.getReadCount(), s.getWriteCount(),
                s.getFilterCount(), s.getSkipCount(), String.format(Locale.ROOT, "%.1f", seconds),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, peakHeapMegabytes());
        return s.getExitStatus();
    }

    /**
     * The heap pools' peaks added up: an upper bound of the most heap the process has
     * used so far.
     */
    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans()
            .stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum() >> 20;
    }

}
