"""ETL for Vietnamese exam-organisation directives: read -> clean -> metadata -> segment -> agencies -> align -> load."""

__version__ = "0.1.0"
