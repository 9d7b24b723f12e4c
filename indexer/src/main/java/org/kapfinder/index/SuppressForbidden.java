package org.kapfinder.index;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code that may use an API the forbidden-apis check rejects elsewhere (printing to the
 * console from a command-line entry point, for example). Always say why beside it.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface SuppressForbidden {
  /** Why the forbidden API is the right call here. */
  String reason();
}
