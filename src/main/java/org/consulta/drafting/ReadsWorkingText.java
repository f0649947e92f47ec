package org.consulta.drafting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read (on a method, or every GET of a class) whose answer shows the working text of the
 * law named by the path parameter {@code law}. {@link WorkingTextGate} answers it, for a caller who
 * may not read that text, as for an unknown law.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsWorkingText {}
