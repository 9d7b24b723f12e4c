package org.kapfinder.index.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of everything a build reads from a corpus: every file under the corpus folder,
 * and under the gazetteer folder when it lies elsewhere, by relative path and content. An index
 * records the digest of the corpus it was built from, so that a server can tell when the bundled
 * sample corpus has changed since its sample index was built.
 */
public final class CorpusDigest {

  private CorpusDigest() {}

  /** The digest as 64 lower-case hex digits. */
  public static String of(Path corpusDir, Path gazetteerDir) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    addFolder(sha256, "corpus", corpusDir);
    Path corpus = corpusDir.toAbsolutePath().normalize();
    if (!gazetteerDir.toAbsolutePath().normalize().startsWith(corpus)) {
      addFolder(sha256, "gazetteer", gazetteerDir);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static void addFolder(MessageDigest sha256, String name, Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .sorted(Comparator.comparing(file -> relativeName(folder, file)))
              .toList();
    }
    byte[] buffer = new byte[64 * 1024];
    for (Path file : files) {
      // The name and the length first, so that moving bytes between files changes the digest.
      String header = name + "/" + relativeName(folder, file) + "\n" + Files.size(file) + "\n";
      sha256.update(header.getBytes(StandardCharsets.UTF_8));
      try (InputStream in = Files.newInputStream(file)) {
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
          sha256.update(buffer, 0, read);
        }
      }
    }
  }

  /** The path below the folder with "/" between names, the same on every platform. */
  private static String relativeName(Path folder, Path file) {
    return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
