package org.quickfreeze.ingest.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One pass over a file's bytes: its SHA-256 (which identifies a file already loaded), and
 * whether it is text at all: UTF-8 without NUL bytes.
 */
public record FileContent(String sha256, long size, boolean zip, long firstNul, long firstBadUtf8) {

    private static final int BUFFER = 64 * 1024;

    public boolean isUtf8Text() {
        return firstNul < 0 && firstBadUtf8 < 0;
    }

    public static FileContent of(Path file) throws IOException {
        MessageDigest sha256 = newDigest();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER + 8);
        CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
        long size = 0;
        long firstNul = -1;
        long firstBad = -1;
        boolean zip = false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int n;
            while ((n = in.read(chunk)) > 0) {
                sha256.update(chunk, 0, n);
                if (size == 0 && n >= 4) {
                    zip = chunk[0] == 'P' && chunk[1] == 'K' && chunk[2] == 3 && chunk[3] == 4;
                }
                for (int i = 0; i < n && firstNul < 0; i++) {
                    if (chunk[i] == 0) {
                        firstNul = size + i;
                    }
                }
                if (firstBad < 0) {
                    long consumedBefore = size - bytes.position();
                    bytes.put(chunk, 0, n).flip();
                    CoderResult result = decoder.decode(bytes, chars, false);
                    if (result.isError()) {
                        firstBad = consumedBefore + bytes.position();
                    }
                    chars.clear();
                    bytes.compact();
                }
                size += n;
            }
        }
        if (firstBad < 0) {
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (result.isError()) {
                firstBad = size - bytes.remaining();
            }
        }
        return new FileContent(HexFormat.of().formatHex(sha256.digest()), size, zip, firstNul, firstBad);
    }

    /**
     * The content of a file whose bytes are those of one that passed the inspection (the
     * same SHA-256): text without NUL bytes or bad UTF-8, or a workbook.
     */
    public static FileContent asInspected(String sha256, long size, boolean workbook) {
        return new FileContent(sha256, size, workbook, -1, -1);
    }

    /**
     * The SHA-256 of a file alone: what a restart or the read after the inspection
     * checks, without the text checks that the inspection made.
     */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest sha256 = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int n;
            while ((n = in.read(chunk)) > 0) {
                sha256.update(chunk, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("the JVM has no SHA-256", ex);
        }
    }
}
