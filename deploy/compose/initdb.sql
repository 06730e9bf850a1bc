-- Runs once, when the compose postgres volume is first initialised.
-- Each service owns its own database (and keeps its tables in a schema named after it).
CREATE DATABASE baeum_curriculum;
CREATE DATABASE baeum_enrollment;
CREATE DATABASE baeum_examination;
CREATE DATABASE baeum_finance;
CREATE DATABASE baeum_notification;
CREATE DATABASE baeum_gateway;
