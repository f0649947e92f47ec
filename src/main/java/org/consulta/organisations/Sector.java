package org.consulta.organisations;

/** Where a participant or an organisation speaks from; reports count contributions by sector. */
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
