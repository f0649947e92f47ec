-- Failed log-ins counted per username and per client address, shared by every engine node on
-- this database: with the counts in each node's memory, N nodes behind a balancer gave an
-- attacker N times the attempts.
CREATE TABLE login_failure (
  scope VARCHAR(10) NOT NULL,
  key VARCHAR(100) NOT NULL,
  failures INT NOT NULL,
  last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
  wait_until TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (scope, key)
);

CREATE INDEX login_failure_last ON login_failure (last_failure);
