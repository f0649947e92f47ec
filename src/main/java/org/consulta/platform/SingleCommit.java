package org.consulta.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write whose work and answer need nothing from a commit before the answer is complete: the
 * whole request then runs in one {@link RequestTransaction}, which the audit commits with its
 * entry. Not for a write that reads an id assigned at the commit's flush, or hands its rows to
 * another thread before answering: such a write commits on its own, and its entry after it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SingleCommit {}
