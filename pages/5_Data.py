"""Data: bring your own articles (files or a zip) into this browser session, or reopen a saved dataset."""
import streamlit as st

from components import upload

upload.housekeeping()
st.title("Data")
active = st.container()  # filled last, so it already shows a dataset built in this run
upload.upload_panel()
upload.report_panel()
upload.deployment_note()
with active:
    upload.active_dataset_panel()
