package org.quickfreeze.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and validates the records on a thread of its own, ahead of the chunk being
 * written, so that the exports are parsed and checked while the database stores the
 * previous chunk (on two cores the two took turns before). What is saved for a restart is
 * the position of the last outcome handed to the step, not of the last record read ahead,
 * so a restart reads on from where the committed chunks end.
 */
public class ReadAhead implements ItemStreamReader<RowOutcome> {

    /** Handed over in blocks: a hand-over per record costs more than it saves. */
    private static final int BLOCK = 500;

    /** An outcome read ahead, where the reader stood after it, or what went wrong. */
    private record Ahead(RowOutcome outcome, CaseExportReader.Position after, Throwable failure) {
    }

    private final CaseExportReader reader;

    private final RowProcessor processor;

    private final FirstRows firstRows;

    private final int capacity;

    private BlockingQueue<List<Ahead>> queue;

    private Iterator<Ahead> block = Collections.emptyIterator();

    private Thread thread;

    private CaseExportReader.Position handedOut;

    /** The last record was handed out: the thread has ended and nothing more comes. */
    private boolean ended;

    /**
     * @param capacity outcomes read ahead at most: two chunks keep the database busy
     * without holding much of the heap
     */
    public ReadAhead(CaseExportReader reader, RowProcessor processor, FirstRows firstRows, int capacity) {
        this.reader = reader;
        this.processor = processor;
        this.firstRows = firstRows;
        this.capacity = capacity;
    }

    @Override
    public void open(ExecutionContext context) {
        firstRows.open(context);
        reader.open(context);
        handedOut = reader.position();
        queue = new ArrayBlockingQueue<>(Math.max(1, capacity / BLOCK));
        ended = false;
        block = Collections.emptyIterator();
    }

    @Override
    public RowOutcome read() {
        if (ended) {
            return null;
        }
        if (thread == null) {
            thread = new Thread(this::readAhead, "ingest-read-ahead");
            thread.setDaemon(true);
            thread.start();
        }
        if (!block.hasNext()) {
            try {
                block = queue.take().iterator();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while waiting for the next record", ex);
            }
        }
        Ahead next = block.next();
        if (next.failure() instanceof RuntimeException failure) {
            throw failure;
        }
        if (next.failure() instanceof Error failure) {
            throw failure;
        }
        handedOut = next.after();
        ended = next.outcome() == null;
        return next.outcome();
    }

    private void readAhead() {
        try {
            List<Ahead> ahead = new ArrayList<>(BLOCK);
            while (true) {
                Ahead next;
                try {
                    FileRecord record = reader.read();
                    next = new Ahead(record == null ? null : processor.process(record), reader.position(), null);
                }
                catch (RuntimeException | Error ex) {
                    next = new Ahead(null, reader.position(), ex);
                }
                ahead.add(next);
                boolean last = next.outcome() == null;
                if (last || ahead.size() == BLOCK) {
                    queue.put(ahead);
                    ahead = new ArrayList<>(BLOCK);
                }
                if (last) {
                    return;
                }
            }
        }
        catch (InterruptedException ex) {
            // the step ended before the records did: nothing more is wanted
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void update(ExecutionContext context) {
        CaseExportReader.save(handedOut, context);
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        reader.close();
        firstRows.close();
    }

}
