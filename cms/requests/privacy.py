"""The personal-data notice shown on the request form (Law 91/2025/QH15; Decree 356/2025/NĐ-CP).

Processing a request is the body's duty under the Law on Access to Information, so the legal basis is
Law 91/2025 Art. 19(1)(c), not consent; optional uses are separate consents. Change VERSION whenever the
text changes: each request stores the version its requester read.
"""

NOTICE_VERSION = "2026-11"
NOTICE_TEMPLATE = "info_requests/privacy_notice.html"
