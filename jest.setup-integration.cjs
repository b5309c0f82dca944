// Integration and end-to-end specs talk to real MariaDB and Kafka: allow them real time.
jest.setTimeout(120000);
