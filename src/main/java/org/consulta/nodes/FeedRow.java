package org.consulta.nodes;

/** A change as the feed holds it, with the transaction that wrote it. */
record FeedRow(long xid, FeedChange change) {}
