"""The local upload-triggered stack of ``verbatim up``: an authenticated S3 server with its
journal (s3_server, s3_journal), the S3-notification-to-Prefect-event bridge, the processes'
supervisor (up) and ``verbatim status``. It drives the flows; nothing below imports it."""
