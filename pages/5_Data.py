"""Data: bring your own articles (files or a zip) into this browser session, or reopen a saved dataset."""
import streamlit as st

from components import frame, upload

frame.current()
upload.housekeeping()
st.title("Data")
upload.active_dataset_panel()
upload.upload_panel()  # after a successful upload, reruns on the new dataset
upload.report_panel()
upload.deployment_note()
