"""Pure stages: functions from values to values. No Prefect, no files, no clock, no network."""
