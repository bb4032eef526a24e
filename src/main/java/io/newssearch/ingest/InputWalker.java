package io.newssearch.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Finds the files under input paths: a file is itself, a folder is walked recursively in name
 * order (so the same inputs are always read in the same order), hidden files and folders
 * (".name") are left out. What cannot be walked is reported, never thrown.
 */
public final class InputWalker {

  private InputWalker() {}

  /**
   * Calls {@code file} for every regular file under {@code root}, and {@code problem} for what
   * cannot be read.
   *
   * @param stop checked between files; true ends the walk early
   */
  public static void walk(
      Path root, Consumer<Path> file, Consumer<ReadOutcome> problem, BooleanSupplier stop)
      throws IOException {
    walk(root, null, file, problem, stop);
  }

  /**
   * As {@link #walk(Path, Consumer, Consumer, BooleanSupplier)}, leaving out the folder {@code
   * skip} (an index inside an input folder: its files are not inputs), however either is named.
   *
   * @param skip a folder not to walk, or null
   */
  public static void walk(
      Path root, Path skip, Consumer<Path> file, Consumer<ReadOutcome> problem, BooleanSupplier stop)
      throws IOException {
    if (!Files.exists(root)) {
      problem.accept(new ReadOutcome.Invalid(root.toString(), "", "no such file or folder"));
      return;
    }
    if (!Files.isDirectory(root)) {
      file.accept(root);
      return;
    }
    java.util.Set<Path> walked = new java.util.HashSet<>();
    Path skipped = skip == null ? null : canonical(skip);
    if (skipped != null && skipped.equals(canonical(root))) {
      // The input folder is the index's own folder: the inputs in it are read, the index's
      // files are not (skipping the whole folder would read nothing, and say nothing).
      walkFolder(root, f -> {
        if (!(f.getParent().equals(root) && isIndexFile(f))) {
          file.accept(f);
        }
      }, problem, stop, walked);
      return;
    }
    if (skipped != null) {
      walked.add(skipped); // as if walked already
    }
    walkFolder(root, file, problem, stop, walked);
  }

  /** A file Lucene writes in an index folder: segments, their codec files, the write lock. */
  private static boolean isIndexFile(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(org.apache.lucene.index.IndexFileNames.SEGMENTS)
        || name.startsWith(org.apache.lucene.index.IndexFileNames.PENDING_SEGMENTS)
        || name.equals(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)
        || org.apache.lucene.index.IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
  }

  /** The real path, or the absolute normalised one when there is none (yet). */
  private static Path canonical(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /** This folder's entries in name order: files as met, sub-folders walked where they sort. */
  private static boolean walkFolder(
      Path dir, Consumer<Path> file, Consumer<ReadOutcome> problem, BooleanSupplier stop,
      java.util.Set<Path> walked) {
    try {
      // A link back to a folder already walked (a loop, or two links to one place) is walked
      // once; the folder to skip counts as walked.
      if (!walked.add(dir.toRealPath())) {
        return true;
      }
    } catch (IOException e) {
      problem.accept(new ReadOutcome.Invalid(dir.toString(), "", reason(e)));
      return true;
    }
    List<Path> children = new ArrayList<>();
    try (var listing = Files.list(dir)) {
      listing.forEach(children::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      problem.accept(new ReadOutcome.Invalid(dir.toString(), "", reason(e)));
      return true;
    }
    children.sort(Comparator.comparing(Path::toString));
    for (Path child : children) {
      if (stop.getAsBoolean()) {
        return false;
      }
      if (hidden(child)) {
        continue;
      }
      if (Files.isDirectory(child)) {
        if (!walkFolder(child, file, problem, stop, walked)) {
          return false;
        }
      } else if (Files.isRegularFile(child)) {
        file.accept(child);
      } else if (Files.isSymbolicLink(child) && !Files.exists(child)) {
        problem.accept(new ReadOutcome.Invalid(child.toString(), "", "broken link: its target does not exist"));
      } else if (!Files.exists(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        problem.accept(new ReadOutcome.Invalid(child.toString(), "", "vanished while the folder was walked"));
      }
    }
    return true;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(Exception e) {
    if (e instanceof java.io.UncheckedIOException u) {
      return reason(u.getCause());
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "vanished while the folder was walked";
    }
    return "cannot read: " + e;
  }
}
