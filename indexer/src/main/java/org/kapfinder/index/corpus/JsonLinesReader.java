package org.kapfinder.index.corpus;

import com.google.gson.JsonElement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * JSON Lines: UTF-8, one JSON object per line; blank lines are skipped. A line that is not valid
 * UTF-8 or not a JSON object is reported as an unreadable record and reading goes on, so that one
 * run lists every problem.
 */
final class JsonLinesReader implements ProviderFileReader {

  @Override
  public void readDeferred(Path file, Consumer<Supplier<RawRecord>> sink, Consumer<Long> bytesRead)
      throws IOException {
    String name = file.getFileName().toString();
    CharsetDecoder strictUtf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream lineBytes = new ByteArrayOutputStream(1024);
      byte[] buffer = new byte[1 << 16];
      long lineNumber = 0;
      long bytes = 0;
      int read;
      while ((read = in.read(buffer)) >= 0) {
        int start = 0;
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lineBytes.write(buffer, start, i - start);
            lineNumber++;
            handleLine(name, lineNumber, lineBytes.toByteArray(), strictUtf8, sink);
            lineBytes.reset();
            start = i + 1;
          }
        }
        lineBytes.write(buffer, start, read - start);
        bytes += read;
        bytesRead.accept(bytes);
      }
      if (lineBytes.size() > 0) {
        handleLine(name, lineNumber + 1, lineBytes.toByteArray(), strictUtf8, sink);
      }
    }
  }

  private static void handleLine(
      String file,
      long lineNumber,
      byte[] bytes,
      CharsetDecoder utf8,
      Consumer<Supplier<RawRecord>> sink) {
    String line;
    try {
      line = utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      String lossy = new String(bytes, StandardCharsets.UTF_8);
      RawRecord unreadable = RawRecord.unreadable(file, lineNumber, "not valid UTF-8", lossy);
      sink.accept(() -> unreadable);
      return;
    }
    if (lineNumber == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.isBlank()) {
      return;
    }
    String text = line;
    sink.accept(() -> parse(file, lineNumber, text));
  }

  static RawRecord parse(String file, long lineNumber, String line) {
    JsonElement element;
    try {
      element = StrictJson.parse(line);
    } catch (IOException | RuntimeException e) {
      return RawRecord.unreadable(file, lineNumber, "not valid JSON: " + firstLine(e), line);
    }
    if (!element.isJsonObject()) {
      return RawRecord.unreadable(file, lineNumber, "must be a JSON object", line);
    }
    return RawRecord.of(file, lineNumber, element.getAsJsonObject().asMap(), line);
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int end = message.indexOf('\n');
    return end > 0 ? message.substring(0, end) : message;
  }
}
