-- The observatory's monthly snapshots, for trends: per month and region (FR: the whole
-- country), how many companies lent their export situation and how many of them export,
-- how many lent their obstacles and how many cite one. Raw counts: the pages suppress small
-- ones as they do every figure.
CREATE TABLE observatory_snapshot (
    snapshot_month   DATE                     NOT NULL,
    region           VARCHAR(40)              NOT NULL,
    situation_lent   INT                      NOT NULL,
    exporting        INT                      NOT NULL,
    obstacles_lent   INT                      NOT NULL,
    with_obstacles   INT                      NOT NULL,
    taken_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (snapshot_month, region)
);
