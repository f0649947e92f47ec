package org.consulta.search;

/**
 * Who is searching comments: drafters and administrators find everything; a participant finds the
 * threads they started, and hidden comments only where they wrote them.
 */
record Viewer(long account, boolean privileged) {}
