"""The Qt face of TiepDan. Qt is imported here and nowhere else."""
