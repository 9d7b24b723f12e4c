package org.kapfinder.bench.perf;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One build of KAP Finder searching an index, driven through the few public methods every build has
 * had ({@code SnapshotManager(Path)}, {@code SearchService(SnapshotManager)}, {@code
 * SearchService.search}, {@code SuggestService(SnapshotManager)}, {@code SuggestService.suggest},
 * {@code Workload.read}, {@code Shape.request}, {@code Searcher.prefix}), so that a paired
 * comparison ({@link PairedComparison}) can run two builds side by side in the same process: each
 * build's classes come from its jars, in a class loader of their own, and each build runs its own
 * code on its own snapshot of the index. Both are loaded and driven the same way, so that neither
 * side pays for the loading or the reflection alone.
 */
final class SearchingVersion implements AutoCloseable {

  private final URLClassLoader classes;
  private final AutoCloseable snapshots;
  private final Object service;
  private final Method search;
  private final Object suggestService;
  private final Method suggest;
  private final Method prefix;
  private final Method request;
  private final Method parseShape;
  private final List<?> searchers;

  private SearchingVersion(URLClassLoader classes, Path index, Path workload)
      throws ReflectiveOperationException {
    this.classes = classes;
    Class<?> snapshotsClass = classes.loadClass("org.kapfinder.server.search.SnapshotManager");
    this.snapshots = (AutoCloseable) snapshotsClass.getConstructor(Path.class).newInstance(index);
    Class<?> serviceClass = classes.loadClass("org.kapfinder.server.search.SearchService");
    this.service = serviceClass.getConstructor(snapshotsClass).newInstance(snapshots);
    this.search =
        serviceClass.getMethod(
            "search", classes.loadClass("org.kapfinder.server.query.SearchRequest"));
    Class<?> suggestClass = classes.loadClass("org.kapfinder.server.search.SuggestService");
    this.suggestService = suggestClass.getConstructor(snapshotsClass).newInstance(snapshots);
    this.suggest = suggestClass.getMethod("suggest", String.class, int.class);
    this.prefix = classes.loadClass(Searcher.class.getName()).getMethod("prefix");
    Class<?> shapeClass = classes.loadClass(Shape.class.getName());
    this.parseShape = shapeClass.getMethod("parse", String.class);
    this.request = shapeClass.getMethod("request", classes.loadClass(Searcher.class.getName()));
    this.searchers =
        (List<?>)
            classes
                .loadClass(Workload.class.getName())
                .getMethod("read", Path.class)
                .invoke(null, workload);
  }

  /**
   * This build, from the class path this harness was started with, in a class loader of its own as
   * the other build's is: loaded as the harness itself is, its blended searches measured 1.03 times
   * as long as the very same jar's beside it.
   */
  static SearchingVersion current(Path index, Path workload) throws IOException {
    List<Path> classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .toList();
    return other(classPath, index, workload);
  }

  /**
   * Another build, from its bench jar (or the folders and jars of its class path).
   *
   * @param classPath the jar or class path entries of the other build, with its dependencies
   */
  static SearchingVersion other(List<Path> classPath, Path index, Path workload)
      throws IOException {
    URL[] urls = new URL[classPath.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = classPath.get(i).toUri().toURL();
    }
    // The platform loader as parent: nothing of this build's may stand in for the other's.
    URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    return open(loader, index, workload);
  }

  private static SearchingVersion open(URLClassLoader loader, Path index, Path workload)
      throws IOException {
    try {
      return new SearchingVersion(loader, index, workload);
    } catch (InvocationTargetException e) {
      throw new IOException("could not open the build: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IOException("not a KAP Finder bench build: " + e, e);
    }
  }

  /** How many searchers the workload holds. */
  int searcherCount() {
    return searchers.size();
  }

  /** The class loader of this build's classes, to tell builds apart. */
  ClassLoader classes() {
    return classes;
  }

  /**
   * Searches as the searcher at {@code position} of the workload would in {@code shape}, or asks
   * for the suggestions of its typed prefix ({@link Shape#SUGGEST}).
   *
   * @return what the answer holds that two builds should agree on ({@link Answer})
   */
  Answer search(Shape shape, int position) throws IOException {
    try {
      Object searcher = searchers.get(position);
      if (shape == Shape.SUGGEST) {
        Object typed = prefix.invoke(searcher);
        long start = System.nanoTime();
        Object suggestions = suggest.invoke(suggestService, typed, Shape.SUGGESTIONS);
        long nanos = System.nanoTime() - start;
        // The suggestions are records: their text tells each one's fields.
        return new Answer(nanos, suggestions.toString());
      }
      Object shapeHere = parseShape.invoke(null, shape.wireName());
      Object searchRequest = request.invoke(shapeHere, searcher);
      long start = System.nanoTime();
      Object response = search.invoke(service, searchRequest);
      long nanos = System.nanoTime() - start;
      return new Answer(nanos, Answer.digest(response));
    } catch (InvocationTargetException e) {
      throw new IOException("the search failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IOException("could not search: " + e, e);
    }
  }

  @Override
  public void close() throws Exception {
    snapshots.close();
    classes.close();
  }

  /**
   * A search's time and what its answer says: the providers' total, ids and facets, the articles'
   * total and ids. Scores and timings are left out, so two builds that rank alike agree.
   */
  record Answer(long nanos, String digest) {
    static String digest(Object response) throws ReflectiveOperationException {
      Object providers = call(response, "providers");
      Object articles = call(response, "articles");
      return call(providers, "total")
          + " "
          + ids(call(providers, "items"))
          + " "
          + call(response, "facets")
          + " "
          + call(articles, "total")
          + " "
          + ids(call(articles, "items"));
    }

    private static String ids(Object items) throws ReflectiveOperationException {
      StringBuilder ids = new StringBuilder("[");
      for (Object item : (List<?>) items) {
        ids.append(call(item, "id")).append(',');
      }
      return ids.append(']').toString();
    }

    private static Object call(Object target, String accessor) throws ReflectiveOperationException {
      return target.getClass().getMethod(accessor).invoke(target);
    }
  }
}
