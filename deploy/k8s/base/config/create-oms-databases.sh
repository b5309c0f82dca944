# Sourced by the MySQL image's entrypoint on the first start with an empty data directory: one database and
# one user per service (passwords from the oms-db Secret), and a read-only user for the backup CronJob.
for service in orders approvals feasibility masters integrations; do
  variable="$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  docker_process_sql --database=mysql <<SQL
CREATE DATABASE IF NOT EXISTS \`oms_${service}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'oms_${service}'@'%' IDENTIFIED BY '${!variable}';
GRANT ALL PRIVILEGES ON \`oms_${service}\`.* TO 'oms_${service}'@'%';
SQL
done
docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS 'oms_backup'@'%' IDENTIFIED BY '${BACKUP_DB_PASSWORD}';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT, PROCESS, RELOAD ON *.* TO 'oms_backup'@'%';
FLUSH PRIVILEGES;
SQL
