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
 * One pass over a file's bytes: its SHA-256 (which identifies a file already loaded),
 * what its first bytes say it is (a zip archive, an Office compound file, an old Excel
 * file), and whether it is text at all: UTF-8 without NUL bytes.
 */
public record FileContent(String sha256, long size, Signature signature, long firstNul, long firstBadUtf8) {

    private static final int BUFFER = 64 * 1024;

    /** What a file's first bytes say it is. */
    public enum Signature {

        /** A zip archive: an {@code .xlsx} or {@code .ods} workbook, or another. */
        ZIP,
        /** An OLE2 compound file: an {@code .xls} workbook, or an encrypted workbook. */
        OLE2,
        /** An Excel 2, 3 or 4 worksheet: a bare BIFF stream. */
        OLD_EXCEL,
        /** Anything else, text included. */
        OTHER;

        static Signature of(byte[] head, int n) {
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return ZIP;
            }
            if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
                    && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1) {
                return OLE2;
            }
            if (n >= 4 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04)
                    && (head[2] & 0xFF) <= 0x10 && head[3] == 0x00) {
                return OLD_EXCEL;
            }
            return OTHER;
        }

    }

    public boolean zip() {
        return signature == Signature.ZIP;
    }

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
        Signature signature = Signature.OTHER;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int n;
            while ((n = in.read(chunk)) > 0) {
                sha256.update(chunk, 0, n);
                if (size == 0) {
                    signature = Signature.of(chunk, n);
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
        return new FileContent(HexFormat.of().formatHex(sha256.digest()), size, signature, firstNul, firstBad);
    }

    /**
     * The content of a file whose bytes are those of one that passed the inspection (the
     * same SHA-256): text without NUL bytes or bad bytes in its encoding, or a workbook.
     */
    public static FileContent asInspected(Path file, String sha256) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new FileContent(sha256, Files.size(file), Signature.of(head, n), -1, -1);
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
