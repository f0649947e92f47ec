package org.consulta.consultation;

import org.consulta.consultation.ConsultationReport.Contribution;

/**
 * One comment of a round as the report reads it: what the report prints of it ({@code
 * contribution}, its replies not yet gathered), and what places it: the comment it answers, the
 * article it is on, who counts as the person behind it ({@code @username}, or the name recorded for
 * someone who spoke at a meeting without an account) and the meeting it was recorded at.
 */
record ReportRow(
    long id, Long parent, String article, String person, Long meeting, Contribution contribution) {}
