package org.consulta.consultation;

/** Where a participant speaks from; reports count comments by sector. */
public enum Sector {
  GOVERNMENT,
  PARLIAMENT,
  JUDICIARY,
  NATIONAL_HUMAN_RIGHTS_INSTITUTION,
  CIVIL_SOCIETY,
  ACADEMIA,
  INTERNATIONAL_ORGANISATION,
  PRIVATE_SECTOR,
  INDIVIDUAL
}
