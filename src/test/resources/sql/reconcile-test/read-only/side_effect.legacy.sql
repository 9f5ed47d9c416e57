SELECT client_no AS row_key FROM client WHERE client_no < 0
