-- create sequence
CREATE SEQUENCE "order_number_seq" START WITH 1000 INCREMENT BY 10;

-- drop sequence
DROP SEQUENCE "order_number_seq";

