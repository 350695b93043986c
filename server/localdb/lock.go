package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
)

var errInUse = errors.New("the data folder is in use by another ferretdb-local")

// dataLock is an exclusive flock on the data folder's lock file, released by the kernel when the
// process ends however it ends; the file holds the running instance's address.
type dataLock struct{ file *os.File }

// lockDataDir takes the lock file's lock, or returns errInUse and the address of the process holding it.
func lockDataDir(path string) (*dataLock, string, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, "", err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		owner, _ := os.ReadFile(f.Name())
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, strings.TrimSpace(string(owner)), errInUse
		}
		return nil, "", fmt.Errorf("locking %s: %w", f.Name(), err)
	}
	return &dataLock{file: f}, "", nil
}

// publish records the address so a second launcher can name (or use) the running instance.
func (l *dataLock) publish(uri string) error {
	if err := l.file.Truncate(0); err != nil {
		return err
	}
	_, err := l.file.WriteAt([]byte(uri+"\n"), 0)
	return err
}

func (l *dataLock) release() {
	_ = l.file.Truncate(0)
	_ = l.file.Close()
}
